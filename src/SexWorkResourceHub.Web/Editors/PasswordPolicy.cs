using System.Reflection;

namespace SexWorkResourceHub.Web.Editors;

/// <summary>
/// Editor passwords: at least 12 characters, and not a common password or a common word padded with
/// digits and symbols ("Password2024!"). Length beats complexity rules, so there are none of those.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
    private const int MinimumDistinctCharacters = 5;

    private static readonly HashSet<string> Common = LoadCommon();

    /// <summary>Why the password is refused, in words for the person choosing it; null when it is acceptable.</summary>
    public static string? Problem(string password, string email)
    {
        if (password.Length < MinimumLength)
        {
            return $"Use at least {MinimumLength} characters. A few unrelated words make a long password that is easy to remember.";
        }

        if (password.Length > MaximumLength)
        {
            return $"Use at most {MaximumLength} characters.";
        }

        if (password.Distinct().Count() < MinimumDistinctCharacters)
        {
            return "That password repeats too few characters. Choose something less predictable.";
        }

        var lower = password.ToLowerInvariant();
        var core = lower.Trim([.. "0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~ "]);
        if (Common.Contains(lower) || Common.Contains(core) || core.Length < 4)
        {
            return "That password is too common: it is one of the first that attackers try. Choose something else.";
        }

        var localPart = email.Split('@')[0].ToLowerInvariant();
        if (localPart.Length >= 4 && lower.Contains(localPart, StringComparison.Ordinal))
        {
            return "Don't use your email address in your password.";
        }

        return null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SexWorkResourceHub.Web.Editors.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words;
    }
}
