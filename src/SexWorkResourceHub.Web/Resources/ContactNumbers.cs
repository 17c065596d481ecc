namespace SexWorkResourceHub.Web.Resources;

/// <summary>
/// Which phone, text and TTY numbers the directory accepts: forms a reader can dial or text as they are
/// written, because a wrong or vanity number in a crisis is worse than none.
/// </summary>
public static class ContactNumbers
{
    /// <summary>What the phone and TTY fields accept, as examples to finish a message with.</summary>
    public const string CallExamples =
        "a US number such as 1-888-373-7888, a short code such as 711 or 988, or an international number starting with + such as +44 20 7946 0958";

    /// <summary>What the text field accepts, with a texting short code as its example.</summary>
    public const string TextExamples =
        "a US number such as 1-888-373-7888, a short code such as 233733 or 988, or an international number starting with + such as +44 20 7946 0958";

    // The N11 codes of public services (211 community help to 911 emergencies; 411 and 611 are directory
    // and carrier services, not help), and 988, the suicide and crisis lifeline.
    private static readonly HashSet<string> ServiceCodes = new(["211", "311", "511", "711", "811", "911", "988"], StringComparer.Ordinal);

    public static bool IsDialable(string number) => Dialable(number) is not null;

    /// <summary>
    /// The number as a tel: or sms: address takes it: "+18883737888" for a US number, "711" for a short
    /// code, "+442079460958" for an international one; null when it is not a form this site accepts.
    /// Spaces, hyphens, dots and parentheses are only separators.
    /// </summary>
    public static string? Dialable(string number)
    {
        var kept = new string([.. number.Where(c => c is not (' ' or '-' or '.' or '(' or ')'))]);
        var international = kept.StartsWith('+');
        var digits = international ? kept[1..] : kept;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            // Letters (1-800-799-SAFE), extensions ("x12", ";ext=12") and a + anywhere but the start.
            return null;
        }

        if (international)
        {
            // Country code 1 is the US and its neighbours: the same 10-digit rule as without the +.
            if (digits[0] == '1')
            {
                return digits.Length == 11 && IsNorthAmerican(digits[1..]) ? "+" + digits : null;
            }

            return digits[0] != '0' && digits.Length is >= 8 and <= 15 ? "+" + digits : null;
        }

        return digits.Length switch
        {
            10 when IsNorthAmerican(digits) => "+1" + digits,
            11 when digits[0] == '1' && IsNorthAmerican(digits[1..]) => "+" + digits,
            3 when ServiceCodes.Contains(digits) => digits,
            5 or 6 => digits,
            _ => null,
        };
    }

    /// <summary>Area code and exchange, neither starting with 0 or 1.</summary>
    private static bool IsNorthAmerican(string tenDigits) =>
        tenDigits.Length == 10 && tenDigits[0] is >= '2' and <= '9' && tenDigits[3] is >= '2' and <= '9';
}
