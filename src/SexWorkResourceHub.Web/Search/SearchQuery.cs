using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SexWorkResourceHub.Web.Search;

/// <summary>
/// A reader's search text turned into a safe FTS5 query. Nothing the reader types reaches the MATCH
/// expression as syntax: words are pulled out and each is quoted, so operators, column filters,
/// quotes and brackets are just text. Length, word count and prefixes are bounded so no query runs long.
/// </summary>
/// <param name="Text">What the reader typed, trimmed and cut to <see cref="MaxLength"/>.</param>
/// <param name="Match">The FTS5 expression (SQLite).</param>
/// <param name="Terms">The words searched for, lowercased, at most <see cref="MaxTerms"/>.</param>
/// <param name="Truncated">Whether the text was cut.</param>
/// <param name="LastIsPrefix">Whether the last term also matches longer words that start with it.</param>
public sealed record SearchQuery(string Text, string? Match, IReadOnlyList<string> Terms, bool Truncated, bool LastIsPrefix = false)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 8;
    public const int MaxTermLength = 40;

    /// <summary>A prefix search ("traffick*") only from this many characters, so a short prefix can't expand to everything.</summary>
    public const int MinPrefixLength = 4;

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "if", "in", "into", "is", "it",
        "its", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
        "this", "to", "was", "what", "when", "where", "which", "who", "why", "will", "with", "how", "do", "does",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static SearchQuery Empty { get; } = new(string.Empty, null, [], false);

    public bool IsEmpty => Match is null;

    public static SearchQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Empty;
        }

        var text = input.Trim();
        var truncated = text.Length > MaxLength;
        if (truncated)
        {
            text = text[..MaxLength];
        }

        var words = Words(text.Normalize(NormalizationForm.FormC)).ToList();
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        var terms = (meaningful.Count > 0 ? meaningful : words).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return new SearchQuery(text, null, [], truncated);
        }

        // Each term becomes an FTS5 string ("..."), the only syntax used; the last may match as a prefix.
        var last = terms[^1];
        var prefix = last.Length >= MinPrefixLength && !char.IsDigit(last[^1]);
        var match = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                match.Append(' ');
            }

            match.Append('"').Append(terms[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (i == terms.Count - 1 && prefix)
            {
                match.Append('*');
            }
        }

        return new SearchQuery(text, match.ToString(), terms, truncated, prefix);
    }

    /// <summary>The text without its accents and other combining marks: "prostitución" becomes "prostitucion".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Runs of letters, digits and combining marks, lowercased; everything else separates words.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.Length > MaxTermLength ? word.ToString(0, MaxTermLength) : word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.Length > MaxTermLength ? word.ToString(0, MaxTermLength) : word.ToString();
        }
    }
}
