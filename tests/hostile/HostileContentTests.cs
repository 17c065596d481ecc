using System.Diagnostics;
using System.Net;
using System.Text;

namespace SexWorkResourceHub.HostileTests;

/// <summary>
/// Hostile files written into the running site's content folder: deep YAML, a pipe, links to a device
/// and out of the folder, a 20 MB file, binary. The site keeps serving, ready, within its memory bound,
/// and refuses each file.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class HostileContentTests(HostileSite site)
{
    [Fact]
    public async Task Hostile_content_files_never_stop_the_site()
    {
        var articles = Path.Combine(site.ContentPath, "articles");
        await File.WriteAllTextAsync(Path.Combine(articles, "deep.md"), "---\ntitle: " + new string('[', 30_000) + new string(']', 30_000) + "\n---\nbody\n");
        await File.WriteAllTextAsync(Path.Combine(articles, "deeper.md"), "---\ntitle: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nbody\n");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", Path.Combine(articles, "pipe.md")) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        File.CreateSymbolicLink(Path.Combine(articles, "zero.md"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(articles, "passwd.md"), "/etc/passwd");
        await File.WriteAllTextAsync(Path.Combine(articles, "huge.md"),
            "---\ntitle: \"Huge\"\nsummary: \"Twenty megabytes.\"\npublished: 2024-01-01\n---\n\n" + new string('x', 20 * 1024 * 1024));
        await File.WriteAllBytesAsync(Path.Combine(articles, "binary.md"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]);
        await File.WriteAllTextAsync(Path.Combine(site.ContentPath, "tags.yaml"), "tags: " + new string('[', 40_000));

        using var client = site.Server.CreateHttpClient();
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        foreach (var slug in new[] { "deep", "deeper", "pipe", "zero", "passwd", "huge", "binary" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{slug}")).StatusCode);
        }

        // An edit made after all of that is still picked up: the catalog was not stuck on any file.
        var edited = Path.Combine(articles, "after-the-attack.md");
        await File.WriteAllTextAsync(edited, "---\ntitle: \"After the attack\"\nsummary: \"Still loading.\"\npublished: 2024-01-01\n---\n\nBody.\n", Encoding.UTF8);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await client.GetAsync("/articles/after-the-attack")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/after-the-attack")).StatusCode);
        await site.AssertStillWellAsync();
    }
}
