using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>
/// Articles and pages under /es/: the Spanish translation with the interface in Spanish, the English
/// original with a notice where there is none yet, and each version pointing at the other.
/// </summary>
public sealed class SpanishPagesTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public SpanishPagesTests()
    {
        Directory.CreateDirectory(Path.Combine(_factory.ContentPath, "es", "articles"));
        Directory.CreateDirectory(Path.Combine(_factory.ContentPath, "es", "pages"));
        File.WriteAllText(Path.Combine(_factory.ContentPath, "es", "articles", "consentimiento-basico.md"), """
            ---
            title: "El consentimiento, para el ejemplo"
            summary: "Un artículo de ejemplo sobre el consentimiento."
            translation_of: consent-basics
            published: 2024-01-10
            reviewed: 2024-03-01
            ---

            ## Qué es la explotación

            El texto de la ley dice:

            ::: lang-en
            > "any sex act on account of which anything of value is given"
            :::
            """);
        File.WriteAllText(Path.Combine(_factory.ContentPath, "es", "pages", "acerca-de.md"), """
            ---
            title: "Acerca del sitio de ejemplo"
            summary: "Para quién es el sitio de ejemplo."
            translation_of: about
            reviewed: 2024-02-01
            ---

            Texto.
            """);
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_spanish_article_has_a_spanish_interface_dates_and_language_marks()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es/articles/consentimiento-basico");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Salida rápida (o pulsa Esc 3 veces)", page.QuerySelector(".quick-exit")!.TextContent.Trim());
        Assert.Equal(["Artículos", "Recursos", "Eventos", "Acerca de"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        // The nav leads to the Spanish version where there is one.
        Assert.Equal("/es/acerca-de", page.QuerySelectorAll(".site-nav a").Last().GetAttribute("href"));
        Assert.Equal("10 de enero de 2024", page.QuerySelector(".article-header .meta time")!.TextContent);
        Assert.Equal("en", page.QuerySelector(".prose .lang-en")!.GetAttribute("lang"));
        Assert.Equal("que-es-la-explotacion", page.QuerySelector(".prose h2")!.Id);
    }

    [Fact]
    public async Task Each_version_names_the_other_with_hreflang_and_a_switch_in_its_own_language()
    {
        var spanish = await _factory.CreateClient().GetDocumentAsync("/es/articles/consentimiento-basico");
        var english = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        foreach (var page in new[] { spanish, english })
        {
            Assert.Equal(
                [("es", "https://hub.example/es/articles/consentimiento-basico"), ("en", "https://hub.example/articles/consent-basics"), ("x-default", "https://hub.example/articles/consent-basics")],
                page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).OrderByDescending(p => p.Item1 == "es").ThenBy(p => p.Item1 == "x-default"));
        }

        var toEnglish = spanish.QuerySelector("a.language-switch")!;
        Assert.Equal(("/articles/consent-basics", "en", "English"), (toEnglish.GetAttribute("href"), toEnglish.GetAttribute("lang"), toEnglish.TextContent));
        var toSpanish = english.QuerySelector("a.language-switch")!;
        Assert.Equal(("/es/articles/consentimiento-basico", "es", "Español"), (toSpanish.GetAttribute("href"), toSpanish.GetAttribute("lang"), toSpanish.TextContent));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_english_slug_under_es_leads_to_the_spanish_address()
    {
        var response = await _factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/es/articles/consent-basics");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/es/articles/consentimiento-basico", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_article_with_no_translation_shows_in_english_under_a_spanish_notice()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es/articles/law-explained");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Esta página todavía no está traducida al español, así que se muestra en inglés.", page.QuerySelector(".translation-notice")!.TextContent);
        Assert.Equal("en", page.QuerySelector("article.article")!.GetAttribute("lang"));
        Assert.Equal("The law, explained for the fixture", page.QuerySelector("h1")!.TextContent);
        // Its one address for search engines is the original's.
        Assert.Equal("https://hub.example/articles/law-explained", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_translation_reviewed_before_its_original_says_it_may_be_out_of_date_and_links_the_english()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es/acerca-de");

        var notice = page.QuerySelector(".translation-notice")!;
        Assert.StartsWith("La versión en inglés se revisó después de esta traducción", notice.TextContent);
        Assert.Equal("/about", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null((await _factory.CreateClient().GetDocumentAsync("/es/articles/consentimiento-basico")).QuerySelector(".translation-notice"));
    }

    [Fact]
    public async Task The_page_cache_never_serves_one_languages_page_for_the_others_address()
    {
        var client = _factory.CreateClient();
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("en", (await client.GetDocumentAsync("/articles/consent-basics")).DocumentElement.GetAttribute("lang"));
            Assert.Equal("es", (await client.GetDocumentAsync("/es/articles/consentimiento-basico")).DocumentElement.GetAttribute("lang"));
            Assert.Equal("es", (await client.GetDocumentAsync("/es/articles/law-explained")).DocumentElement.GetAttribute("lang"));
            Assert.Equal("en", (await client.GetDocumentAsync("/articles/law-explained")).DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task Until_translations_are_published_the_spanish_addresses_are_not_found_and_nothing_points_to_them()
    {
        using var dark = new HubFactory("Production", new Dictionary<string, string?> { ["Site:PublishTranslations"] = "false" });
        Directory.CreateDirectory(Path.Combine(dark.ContentPath, "es", "articles"));
        File.Copy(Path.Combine(_factory.ContentPath, "es", "articles", "consentimiento-basico.md"), Path.Combine(dark.ContentPath, "es", "articles", "consentimiento-basico.md"));

        Assert.Equal(HttpStatusCode.NotFound, (await dark.CreateClient().GetAsync("/es/articles/consentimiento-basico")).StatusCode);
        var english = await dark.CreateClient().GetDocumentAsync("/articles/consent-basics");
        Assert.Null(english.QuerySelector("a.language-switch"));
        Assert.Empty(english.QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public async Task The_spanish_list_of_explainers_shows_each_translation_and_marks_the_rest_as_english()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es/articles");

        Assert.Equal("Artículos", page.QuerySelector("h1")!.TextContent);
        var cards = page.QuerySelectorAll(".article-card").ToDictionary(c => c.QuerySelector("h3 a")!.GetAttribute("href")!);
        Assert.Null(cards["/es/articles/consentimiento-basico"].GetAttribute("lang"));
        Assert.Equal("El consentimiento, para el ejemplo", cards["/es/articles/consentimiento-basico"].QuerySelector("h3 a")!.TextContent);
        var english = cards["/articles/law-explained"];
        Assert.Equal("en", english.GetAttribute("lang"));
        Assert.Equal(("En inglés", "es"), (english.QuerySelector(".badge")!.TextContent, english.QuerySelector(".badge")!.GetAttribute("lang")));
        Assert.Equal("/es/articles", page.QuerySelectorAll(".site-nav a").First().GetAttribute("href"));
        Assert.Equal("/articles", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.5", true)]
    [InlineData("en-US,en;q=0.9,es;q=0.8", false)]
    [InlineData("fr-FR,es;q=0.5", true)]
    [InlineData("", false)]
    public async Task An_english_page_offers_its_spanish_version_to_a_browser_that_prefers_spanish_and_stays_english(string acceptLanguage, bool offered)
    {
        var client = _factory.CreateClient();
        // The same page for a browser with no preference first, so any cached copy would be served next.
        await client.GetAsync("/articles/consent-basics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/consent-basics");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Accept-Language", response.Headers.Vary);
        var offer = page.QuerySelector(".language-offer a");
        Assert.Equal(offered, offer is not null);
        if (offer is not null)
        {
            Assert.Equal(("Esta página está disponible en español", "/es/articles/consentimiento-basico"), (offer.TextContent, offer.GetAttribute("href")));
            Assert.Equal("es", page.QuerySelector(".language-offer")!.GetAttribute("lang"));
        }
    }
}
