using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>Checks Site:* settings at start so a typo stops the site with the setting's name.</summary>
internal sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var failures = new List<string>();
        if (!IsHttpUrl(options.BaseUrl, out var baseUri) || baseUri!.Query.Length > 0 || baseUri.Fragment.Length > 0)
        {
            failures.Add($"Site:BaseUrl must be an absolute http or https address without query or fragment, not '{options.BaseUrl}'.");
        }

        if (!IsHttpUrl(options.QuickExitUrl, out _))
        {
            failures.Add($"Site:QuickExitUrl must be an absolute http or https address, not '{options.QuickExitUrl}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.RepositoryUrl) && !IsHttpUrl(options.RepositoryUrl, out _))
        {
            failures.Add($"Site:RepositoryUrl must be an absolute http or https address, not '{options.RepositoryUrl}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.SecurityContact)
            && !(Uri.TryCreate(options.SecurityContact, UriKind.Absolute, out var contact) && (contact.Scheme is "mailto" or "https" or "tel")))
        {
            failures.Add($"Site:SecurityContact must be a mailto:, https: or tel: address (RFC 9116), not '{options.SecurityContact}'.");
        }

        // A domain-like word: the right-hand side of an addr-spec, as RFC 5545 recommends for a UID.
        if (string.IsNullOrEmpty(options.CalendarId) || !options.CalendarId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            failures.Add($"Site:CalendarId must be letters, digits, dots and hyphens (a domain name such as example.org), not '{options.CalendarId}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Site:Name must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string? value, out Uri? uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
