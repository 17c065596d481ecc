using System.Security.Cryptography;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// The idempotency key a suggestion form is shown with: 128 random bits as lowercase hex, made when the
/// form is rendered and sent back in a hidden field. It names one filling-in of the form, not the
/// visitor: it is never a cookie, and nothing else is kept with it.
/// </summary>
public static class SuggestionKeys
{
    public const int Length = 32;

    public static string New() => RandomNumberGenerator.GetHexString(Length, lowercase: true);

    /// <summary>Whether a posted key is one <see cref="New"/> could have made.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: Length } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
