using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>
/// `check-content [folder]`: reads every article, page and seed file (data/*.yaml) as the site would and
/// reports each problem as file:line: message. Every problem counts here, including those the running
/// site only warns about. Articles and pages past their review date are listed as warnings, which do
/// not fail the check: a date passing must never turn a build red.
/// </summary>
internal static class CheckContentCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        var (services, args, output, errors) = (context.Services, context.Args, context.Output, context.Errors);
        if (args.Length > 1)
        {
            await errors.WriteLineAsync("Usage: check-content [folder]");
            return 2;
        }

        var folder = args.Length == 1
            ? Path.GetFullPath(args[0], CommandLine.UserDirectory)
            : services.GetRequiredService<IOptions<ContentOptions>>().Value.Path!;
        if (!Directory.Exists(folder))
        {
            await errors.WriteLineAsync($"check-content: no folder at {folder}");
            return 2;
        }

        var snapshot = services.GetRequiredService<CatalogLoader>().Load(folder);
        var links = services.GetRequiredService<ContentLinkChecker>();
        var markdown = services.GetRequiredService<MarkdownRenderer>();
        var seedProblems = new List<ContentProblem>();
        var time = services.GetRequiredService<TimeProvider>();
        var resources = SeedReader.ReadResources(Path.Combine(folder, "data", SeedReader.ResourcesFile), VerificationCycle.Today(time), seedProblems);
        var events = SeedReader.ReadEvents(Path.Combine(folder, "data", SeedReader.EventsFile), seedProblems,
            description => links.CheckMarkdown(markdown.Render(description), snapshot));
        var problems = snapshot.Problems.Concat(seedProblems).ToList();
        var warnings = ReviewWarnings(snapshot, time).Concat(TranslationWarnings(snapshot, time)).ToList();

        var baseFolder = CommandLine.UserDirectory;
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.Format(baseFolder));
        }

        foreach (var warning in warnings)
        {
            await output.WriteLineAsync(warning.Format(baseFolder));
        }

        var translated = string.Concat(Started(snapshot).Select(l =>
            $" ({Count(snapshot.Translations.Count(t => t.Language == l.Code && t is Article), "article")} and " +
            $"{Count(snapshot.Translations.Count(t => t.Language == l.Code && t is SitePage), "page")} in {l.Code})"));
        await output.WriteLineAsync(
            $"check-content: {Count(snapshot.Articles.Count, "article")}, {Count(snapshot.Pages.Count, "page")}{translated}, " +
            $"{Count(resources.Count, "resource")}, {Count(events.Count, "event")}, {Count(problems.Count, "problem")}, {Count(warnings.Count, "warning")}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>"1 problem", "2 problems", "0 problems".</summary>
    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    /// <summary>The languages this content folder has begun: those with at least one article or page in content/{code}/.</summary>
    private static IEnumerable<SiteLanguage> Started(CatalogSnapshot snapshot) =>
        SiteLanguages.Translations.Where(l => snapshot.Translations.Any(t => t.Language == l.Code));

    /// <summary>
    /// A warning for each public article and page with no translation into a language (its readers see
    /// the original, with a notice), and for each translation whose original was reviewed after it.
    /// Neither fails the check: a translation comes after the original.
    /// </summary>
    private static IEnumerable<ContentProblem> TranslationWarnings(CatalogSnapshot snapshot, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var originals = snapshot.Articles.Values.Where(a => a.IsPublicOn(today)).Cast<ContentItem>().Concat(snapshot.Pages.Values)
            .OrderBy(item => item.SourcePath, StringComparer.Ordinal).ToList();
        foreach (var language in Started(snapshot))
        {
            foreach (var original in originals.Where(o => snapshot.TranslationOf(o, language.Code) is null))
            {
                yield return new ContentProblem(Path.Combine(snapshot.Root, original.SourcePath), 1,
                    $"warning: no {language.EnglishName} ({language.Code}) translation: its readers see this one, with a notice that it is not translated", false);
            }
        }

        foreach (var translation in snapshot.Translations.Where(snapshot.IsOutOfDate).OrderBy(t => t.SourcePath, StringComparer.Ordinal))
        {
            var original = snapshot.OriginalOf(translation)!;
            yield return new ContentProblem(Path.Combine(snapshot.Root, translation.SourcePath), 1,
                $"warning: may be out of date: {original.SourcePath} was reviewed on {(original.Reviewed ?? (original as Article)?.Published):yyyy-MM-dd}, " +
                $"after this translation ({translation.Reviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "never reviewed"}): bring it up to date, then set its 'reviewed'", false);
        }
    }

    /// <summary>A warning for each public article and page whose review date has passed, the longest overdue first.</summary>
    private static IEnumerable<ContentProblem> ReviewWarnings(CatalogSnapshot snapshot, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return snapshot.Articles.Values.Where(a => a.IsPublicOn(today)).Cast<ContentItem>()
            .Concat(snapshot.Pages.Values)
            .Where(item => item.IsDueForReview(today))
            .OrderBy(item => item.ReviewBy)
            .ThenBy(item => item.SourcePath, StringComparer.Ordinal)
            .Select(item => new ContentProblem(Path.Combine(snapshot.Root, item.SourcePath), 1,
                $"warning: due for review since {item.ReviewBy:yyyy-MM-dd}: check its facts and sources, then set 'reviewed' to the day you did", false));
    }
}
