using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>The site always starts, whatever one file holds.</summary>
public sealed class HostileContentTests
{
    public static TheoryData<string, byte[]> HostileFiles => new()
    {
        { "empty", [] },
        { "binary", [0x00, 0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0x00] },
        { "only-dashes", "---\n---\n"u8.ToArray() },
        { "yaml-list", "---\n- a\n- b\n---\nbody"u8.ToArray() },
        { "anchors", "---\ntitle: &a [*a]\nsummary: x\npublished: 2024-01-01\n---\nbody"u8.ToArray() },
        { "huge-line", System.Text.Encoding.UTF8.GetBytes("---\ntitle: " + new string('x', 200_000) + "\nsummary: s\npublished: 2024-01-01\n---\n") },
        { "deep-nesting", System.Text.Encoding.UTF8.GetBytes("---\ntitle: t\nsummary: s\npublished: 2024-01-01\n---\n" + new string('>', 5_000) + " deep\n" + new string('[', 5_000)) },
        { "deep-front-matter", System.Text.Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 50_000) + new string(']', 50_000) + "\nsummary: s\npublished: 2024-01-01\n---\nbody") },
        { "deep-front-matter-under-size-limit", System.Text.Encoding.UTF8.GetBytes("---\ntitle: " + new string('{', 30_000) + new string('}', 30_000) + "\nsummary: s\npublished: 2024-01-01\n---\nbody") },
        { "deep-block-front-matter", System.Text.Encoding.UTF8.GetBytes("---\n" + string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i) + "k:\n")) + "---\nbody") },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Site_starts_and_serves_other_articles_whatever_one_file_holds(string name, byte[] bytes)
    {
        using var factory = new HubFactory("Production");
        await File.WriteAllBytesAsync(factory.ArticlePath(name), bytes);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/consent-basics")).StatusCode);
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        Assert.True((int)(await client.GetAsync($"/articles/{name}")).StatusCode is 200 or 404);
    }
}
