namespace SexWorkResourceHub.BrowserTests;

/// <summary>What every response must carry, checked against the headers the browser actually received.</summary>
public static class SecurityHeaders
{
    public static List<string> MissingFrom(IReadOnlyDictionary<string, string> headers, bool isDocument)
    {
        var missing = new List<string>();
        void Expect(string name, Func<string, bool> valid)
        {
            if (!headers.TryGetValue(name, out var value) || !valid(value))
            {
                missing.Add(name + (headers.TryGetValue(name, out var got) ? $" ({got})" : string.Empty));
            }
        }

        Expect("x-content-type-options", v => v == "nosniff");
        Expect("strict-transport-security", v => MaxAge(v) >= 31_536_000);
        Expect("referrer-policy", v => v == "no-referrer");
        if (isDocument)
        {
            Expect("content-security-policy", StrictPolicy);
            Expect("permissions-policy", v => new[] { "camera=()", "microphone=()", "geolocation=()" }.All(v.Contains));
        }

        return missing;
    }

    /// <summary>
    /// Nothing by default, scripts only from this site (no inline or eval'd script), no plugins, no base
    /// rewriting, no framing, forms posting only here.
    /// </summary>
    public static bool StrictPolicy(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);
        bool Is(string name, params string[] allowed) =>
            directives.TryGetValue(name, out var sources) && sources.Length > 0 && sources.All(allowed.Contains);
        var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src") ?? [];
        return Is("default-src", "'none'")
            && !scripts.Contains("'unsafe-inline'") && !scripts.Contains("'unsafe-eval'") && !scripts.Contains("*")
            && Is("object-src", "'none'")
            && Is("base-uri", "'none'")
            && Is("frame-ancestors", "'none'")
            && Is("form-action", "'self'");
    }

    private static int MaxAge(string value) =>
        value.Split(';', StringSplitOptions.TrimEntries).Where(p => p.StartsWith("max-age=", StringComparison.Ordinal))
            .Select(p => int.TryParse(p["max-age=".Length..], out var age) ? age : 0).FirstOrDefault();
}
