namespace SexWorkResourceHub.Web.Content;

/// <summary>Which link and image addresses content may use: http, https, mailto, tel and relative ones.</summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string? url)
    {
        if (url is null)
        {
            return false;
        }

        url = url.Trim();
        foreach (var c in url)
        {
            // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so refuse them outright.
            if (char.IsControl(c))
            {
                return false;
            }
        }

        var scheme = SchemeOf(url);
        return scheme is null || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for addresses on another host: http(s) with a host, or protocol-relative ("//host").</summary>
    public static bool IsExternal(string url)
    {
        url = url.Trim();
        return url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The scheme before the first ':' when it comes before any '/', '?' or '#'; null for relative URLs.</summary>
    private static string? SchemeOf(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            switch (url[i])
            {
                case ':':
                    return url[..i];
                case '/' or '?' or '#':
                    return null;
            }
        }

        return null;
    }
}
