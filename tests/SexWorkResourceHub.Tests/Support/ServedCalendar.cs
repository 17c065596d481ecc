using System.Text;
using Ical.Net.CalendarComponents;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// A served .ics read as a calendar app reads it: Ical.Net's parser over the bytes (no charset from the
/// HTTP header), after checking each physical line as RFC 5545 section 3.1 wants it.
/// </summary>
public static class ServedCalendar
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<Ical.Net.Calendar> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        AssertContentLines(bytes);
        return Ical.Net.Calendar.Load(new MemoryStream(bytes))!;
    }

    /// <summary>
    /// CRLF after every line and no bare CR or LF; no line over 75 octets; each line valid UTF-8 on its
    /// own, so no fold splits a character.
    /// </summary>
    public static void AssertContentLines(byte[] bytes)
    {
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        var text = StrictUtf8.GetString(bytes);
        Assert.EndsWith("\r\n", text);
        var lines = text[..^2].Split("\r\n");
        foreach (var line in lines)
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            var octets = StrictUtf8.GetBytes(line);
            Assert.True(octets.Length <= 75, $"{octets.Length} octets: {line}");
        }
    }

    public static CalendarEvent Event(this Ical.Net.Calendar calendar, string slug) =>
        Assert.Single(calendar.Events, e => e.Uid!.StartsWith(slug + "@", StringComparison.Ordinal));
}
