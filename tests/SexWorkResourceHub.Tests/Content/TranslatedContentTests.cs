using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>
/// Translations live in content/{language}/articles and content/{language}/pages and name what they
/// translate; the catalog pairs them, and check-content fails on a pairing that leads nowhere and reports
/// what is untranslated or may be out of date.
/// </summary>
public sealed class TranslatedContentTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");
    private readonly TempContent _content = new();

    public TranslatedContentTests()
    {
        Directory.CreateDirectory(Path.Combine(_content.Root, "es", "articles"));
        Directory.CreateDirectory(Path.Combine(_content.Root, "es", "pages"));
        _content.Write("articles/consent-basics.md", Article("Consent basics", "2026-11-01", "## What consent means\n\nText with a [link](/glossary#consent)."));
        _content.Write("pages/glossary.md", "---\ntitle: \"Glossary\"\nsummary: \"Terms.\"\nreviewed: 2026-11-01\n---\n\n## Consent\n\nAgreement.\n");
    }

    public void Dispose()
    {
        _content.Dispose();
        _factory.Dispose();
    }

    private static string Article(string title, string reviewed, string body, string? translationOf = null) =>
        $"---\ntitle: \"{title}\"\nsummary: \"A summary.\"\npublished: 2026-10-01\nreviewed: {reviewed}\n" +
        (translationOf is null ? string.Empty : $"translation_of: {translationOf}\n") + "---\n\n" + body + "\n";

    private CatalogSnapshot Load() => _factory.Services.GetRequiredService<CatalogLoader>().Load(_content.Root);

    private async Task<(int Code, string Output)> CheckAsync()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.RunAsync(_factory.Services, ["check-content", _content.Root], output, errors);
        return (code, output.ToString());
    }

    [Fact]
    public void A_translation_is_paired_with_its_original_and_served_under_its_language()
    {
        _content.Write("es/articles/consentimiento-basico.md",
            Article("El consentimiento", "2026-11-02", "## Qué es el consentimiento\n\n[Glosario](/es/glosario#consentimiento).", "consent-basics"));
        _content.Write("es/pages/glosario.md", "---\ntitle: \"Glosario\"\nsummary: \"Términos.\"\ntranslation_of: glossary\nreviewed: 2026-11-02\n---\n\n## Consentimiento\n\nAcuerdo.\n");

        var snapshot = Load();

        Assert.Empty(snapshot.Problems);
        var original = snapshot.Articles["consent-basics"];
        var translation = Assert.IsType<Article>(snapshot.TranslationOf(original, "es"));
        Assert.Equal(("es", "/es/articles/consentimiento-basico", "consent-basics"), (translation.Language, translation.UrlPath, translation.TranslationOf));
        Assert.Same(original, snapshot.OriginalOf(translation));
        Assert.Equal("/es/glosario", snapshot.TranslationOf(snapshot.Pages["glossary"], "es")!.UrlPath);
        // The English catalog is unchanged: a translation is not an English article.
        Assert.Equal(["consent-basics"], snapshot.Articles.Keys.AsEnumerable());
        Assert.False(snapshot.IsOutOfDate(translation));
    }

    [Fact]
    public void A_translation_of_an_original_reviewed_after_it_may_be_out_of_date()
    {
        _content.Write("es/articles/consentimiento-basico.md", Article("El consentimiento", "2026-10-15", "Texto.", "consent-basics"));

        var snapshot = Load();

        Assert.True(snapshot.IsOutOfDate(snapshot.FindTranslated("es", ContentKind.Article, "consentimiento-basico")!));
    }

    [Fact]
    public async Task Check_content_fails_on_a_translation_of_that_names_nothing_at_its_line()
    {
        _content.Write("es/articles/consentimiento-basico.md", Article("El consentimiento", "2026-11-02", "Texto.", "consent-basic"));

        var (code, output) = await CheckAsync();

        Assert.Equal(1, code);
        Assert.Contains("es/articles/consentimiento-basico.md:6: 'translation_of: consent-basic' names nothing: there is no content/articles/consent-basic.md", output);
    }

    [Fact]
    public async Task Two_translations_of_one_original_are_a_problem_and_an_english_file_cannot_claim_to_translate()
    {
        _content.Write("es/articles/uno.md", Article("Uno", "2026-11-02", "Texto.", "consent-basics"));
        _content.Write("es/articles/dos.md", Article("Dos", "2026-11-02", "Texto.", "consent-basics"));
        _content.Write("articles/other.md", Article("Other", "2026-11-02", "Text.", "consent-basics"));

        var (code, output) = await CheckAsync();

        Assert.Equal(1, code);
        Assert.Contains("another es file already translates 'consent-basics'", output);
        Assert.Contains("articles/other.md:6: unknown front matter key 'translation_of'", output);
    }

    [Fact]
    public async Task Check_content_reports_what_is_untranslated_or_may_be_out_of_date_without_failing()
    {
        _content.Write("es/articles/consentimiento-basico.md", Article("El consentimiento", "2026-10-15", "Texto.", "consent-basics"));

        var (code, output) = await CheckAsync();

        Assert.Equal(0, code);
        Assert.Contains("pages/glossary.md:1: warning: no Spanish (es) translation", output);
        Assert.Contains("es/articles/consentimiento-basico.md:1: warning: may be out of date: articles/consent-basics.md was reviewed on 2026-11-01, after this translation (2026-10-15)", output);
        Assert.Contains("1 article, 1 page (1 article and 0 pages in es)", output);
    }

    [Fact]
    public async Task A_spanish_link_is_checked_against_the_spanish_content()
    {
        _content.Write("es/articles/consentimiento-basico.md", Article("El consentimiento", "2026-11-02",
            "[Falta](/es/articles/no-existe) y [ancla](/es/articles/consentimiento-basico#no-hay) y [bien](/es/resources).", "consent-basics"));

        var (_, output) = await CheckAsync();

        Assert.Contains("link '/es/articles/no-existe': there is no article content/es/articles/no-existe.md", output);
        Assert.Contains("link '/es/articles/consentimiento-basico#no-hay': /es/articles/consentimiento-basico has no heading with the id 'no-hay'", output);
        Assert.DoesNotContain("/es/resources'", output);
    }

    [Fact]
    public void The_bundled_spanish_content_translates_every_article_and_page()
    {
        var snapshot = _factory.Services.GetRequiredService<CatalogLoader>().Load(RepositoryContent.Folder);

        Assert.Empty(snapshot.Problems);
        Assert.All(snapshot.Articles.Values.Cast<ContentItem>().Concat(snapshot.Pages.Values),
            original => Assert.NotNull(snapshot.TranslationOf(original, "es")));
        Assert.All(snapshot.Translations, t => Assert.Equal("es", t.Language));
    }
}
