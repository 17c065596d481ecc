namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// robots.txt read two ways, because crawlers differ and the file must mean the same to both:
/// <see cref="FirstMatch"/> as Python's urllib.robotparser reads it (the first rule whose path is a
/// prefix decides), and <see cref="LongestMatch"/> as RFC 9309 and Google read it (the longest matching
/// path decides, Allow winning a tie, with * and $ in paths). Both take the group naming the agent, else
/// the * group (each in its own way), and allow what no rule matches. No robots.txt parser is on NuGet here.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<Group> _groups = [];

    public RobotsRules(string robotsTxt)
    {
        var startsGroup = true;
        foreach (var raw in robotsTxt.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (startsGroup)
                {
                    _groups.Add(new Group([], []));
                    startsGroup = false;
                }

                _groups[^1].Agents.Add(value.ToLowerInvariant());
            }
            else if (key is "allow" or "disallow" && _groups.Count > 0)
            {
                startsGroup = true;
                _groups[^1].Rules.Add((key == "allow", value));
            }
        }
    }

    /// <summary>
    /// urllib.robotparser: the first group (in file order) with an agent name found in the crawler's,
    /// else the * group; in it, rules in file order, the first prefix match wins; an empty Disallow allows all.
    /// </summary>
    public bool FirstMatch(string agent, string path)
    {
        var name = agent.Split('/')[0].ToLowerInvariant();
        var group = _groups.FirstOrDefault(g => g.Agents.Any(a => a != "*" && name.Contains(a, StringComparison.Ordinal)))
            ?? _groups.FirstOrDefault(g => g.Agents.Contains("*"));
        foreach (var (allow, rulePath) in group?.Rules ?? [])
        {
            if (rulePath.Length == 0 && !allow)
            {
                return true;
            }

            if (rulePath == "*" || path.StartsWith(rulePath, StringComparison.Ordinal))
            {
                return allow;
            }
        }

        return true;
    }

    /// <summary>RFC 9309 section 2.2.2: the most specific (longest) match wins, Allow on a tie; /robots.txt is always allowed.</summary>
    public bool LongestMatch(string agent, string path)
    {
        if (path == "/robots.txt")
        {
            return true;
        }

        var best = (Length: -1, Allow: true);
        foreach (var (allow, rulePath) in RulesFor(agent))
        {
            if (rulePath.Length > 0 && Matches(rulePath, path) && (rulePath.Length > best.Length || (rulePath.Length == best.Length && allow)))
            {
                best = (rulePath.Length, allow);
            }
        }

        return best.Allow;
    }

    /// <summary>RFC 9309 section 2.2.1: every group naming the product token (case-insensitive) combined, else every * group.</summary>
    private IEnumerable<(bool Allow, string Path)> RulesFor(string agent)
    {
        var named = _groups.Where(g => g.Agents.Contains(agent.ToLowerInvariant())).ToList();
        return (named.Count > 0 ? named : _groups.Where(g => g.Agents.Contains("*"))).SelectMany(g => g.Rules);
    }

    /// <summary>A path pattern: a prefix, where * matches any run of characters and a final $ anchors the end.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        // Each later part at its leftmost place after the one before, which leaves the most room to the rest.
        var at = parts[0].Length;
        for (var i = 1; i < parts.Length - (anchored ? 1 : 0); i++)
        {
            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        if (!anchored)
        {
            return true;
        }

        return parts.Length == 1 ? at == path.Length : path.EndsWith(parts[^1], StringComparison.Ordinal) && path.Length - parts[^1].Length >= at;
    }

    private sealed record Group(List<string> Agents, List<(bool Allow, string Path)> Rules);
}
