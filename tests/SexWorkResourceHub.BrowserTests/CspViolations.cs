using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// What the browser refused under the site's content security policy. Chromium reports every refusal
/// (a script, stylesheet, image, font, fetch or form the policy does not allow) on the console, so a
/// page that lost something to the policy shows here even when it still looks right.
/// </summary>
public sealed class CspViolations
{
    private readonly List<string> _seen = [];

    private CspViolations(IBrowserContext context) =>
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_seen)
                {
                    _seen.Add($"{message.Location}: {message.Text}");
                }
            }
        };

    /// <summary>Starts listening on every page the context opens.</summary>
    public static CspViolations Watch(IBrowserContext context) => new(context);

    public void AssertNone()
    {
        lock (_seen)
        {
            Assert.True(_seen.Count == 0, "refused by the content security policy:\n" + string.Join("\n", _seen.Distinct()));
        }
    }
}
