namespace SexWorkResourceHub.Web.Search;

/// <summary>A word as the index holds it (lowercased, accents folded away), and how many documents hold it.</summary>
public sealed record IndexedWord(string Word, int Documents);

/// <summary>
/// "Did you mean": a search word that no document holds is replaced by the closest word the index does
/// hold. Candidates come from the index's own vocabulary (<see cref="ISearchIndex.WordsNearAsync"/>), so
/// a suggestion is always a word the site uses, and nothing is asked of a service elsewhere.
/// </summary>
/// <remarks>
/// Closest means the fewest letters added, dropped, changed or swapped with a neighbour (the optimal
/// string alignment distance): one for a word of four to seven letters, two from eight. Candidates begin
/// with the same letter, as most spelling suggesters require, since a typo in the first letter is rare
/// and allowing it multiplies the candidates. A tie goes to the word more documents hold.
/// </remarks>
public static class SearchSpelling
{
    /// <summary>How many edits a word of this length may be away from its suggestion; none under four letters.</summary>
    public static int MaxEdits(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>
    /// The query with each word no document holds replaced by its closest indexed word; null when no
    /// word was replaced. Whether the corrected query finds anything is for the caller to check.
    /// </summary>
    public static async Task<SearchQuery?> CorrectAsync(ISearchIndex index, SearchQuery query, CancellationToken cancellationToken)
    {
        var corrected = new List<string>(query.Terms.Count);
        var changed = false;
        foreach (var term in query.Terms)
        {
            var folded = SearchQuery.Fold(term);
            var near = MaxEdits(folded) == 0 || folded.Any(char.IsDigit) ? [] : await index.WordsNearAsync(folded, cancellationToken);
            var closest = near.Any(w => w.Word == folded) ? null : Closest(folded, near);
            changed |= closest is not null;
            corrected.Add(closest ?? term);
        }

        return changed ? SearchQuery.Parse(string.Join(' ', corrected)) : null;
    }

    /// <summary>The closest of <paramref name="words"/> to <paramref name="word"/> within its allowed edits, or null.</summary>
    public static string? Closest(string word, IEnumerable<IndexedWord> words)
    {
        var max = MaxEdits(word);
        return words
            .Where(w => w.Documents > 0 && w.Word != word)
            .Select(w => (w.Word, w.Documents, Distance: Distance(word, w.Word, max)))
            .Where(w => w.Distance <= max)
            .OrderBy(w => w.Distance).ThenByDescending(w => w.Documents).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Select(w => w.Word)
            .FirstOrDefault();
    }

    /// <summary>
    /// Which indexed words may be near <paramref name="word"/>: those from <c>From</c> (inclusive) to
    /// <c>To</c> (exclusive), which share its first letter, with a length from <c>Shortest</c> to
    /// <c>Longest</c>. Both indexes select their candidates with it.
    /// </summary>
    public static (string From, string To, int Shortest, int Longest) Candidates(string word)
    {
        var max = MaxEdits(word);
        return (word[..1], ((char)(word[0] + 1)).ToString(), word.Length - max, word.Length + max);
    }

    /// <summary>The optimal string alignment distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > max)
            {
                return max + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
