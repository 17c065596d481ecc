using System.Net;
using System.ServiceModel.Syndication;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>
/// The bundled site in Spanish: the home page, the directory, get-help with its cards, events, search,
/// errors, the feed, the calendars and the sitemap, with the seed's Spanish texts and the English where
/// an entry has none, marked as English.
/// </summary>
public sealed class SpanishSectionsTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?>
    {
        ["Content:Path"] = RepositoryContent.Folder,
    });

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/es", "El trabajo sexual no es trata de personas", "/")]
    [InlineData("/es/resources", "Recursos", "/resources")]
    [InlineData("/es/pedir-ayuda", "Pedir ayuda", "/get-help")]
    [InlineData("/es/events", "Eventos", "/events")]
    [InlineData("/es/search", "Buscar", "/search")]
    [InlineData("/es/events/international-sex-workers-day", "Día Internacional de las Trabajadoras Sexuales", "/events/international-sex-workers-day")]
    public async Task Each_section_reads_in_spanish_and_names_its_english_page(string path, string heading, string english)
    {
        var page = await _factory.CreateClient().GetDocumentAsync(path);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("https://hub.example" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://hub.example" + english, page.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("https://hub.example" + path, page.QuerySelector("link[rel=alternate][hreflang=es]")!.GetAttribute("href"));
        Assert.Equal(english, page.QuerySelector("a.language-switch")!.GetAttribute("href"));

        var original = await _factory.CreateClient().GetDocumentAsync(english);
        Assert.Equal(path, original.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_spanish_home_page_lists_the_spanish_explainers_and_links_within_spanish()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es");

        var explainers = page.QuerySelectorAll(".article-card h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(explainers);
        Assert.All(explainers, href => Assert.StartsWith("/es/articles/", href, StringComparison.Ordinal));
        Assert.Equal("/es/articles/el-trabajo-sexual-no-es-trata", page.QuerySelector(".intro a.button")!.GetAttribute("href"));
        Assert.Equal("/es/pedir-ayuda", page.QuerySelector(".intro a.button.secondary")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Spanish_get_help_shows_the_cards_with_spanish_speaking_lines_first_and_the_spanish_guidance()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es/pedir-ayuda");

        var lines = page.QuerySelectorAll("#help-lines ~ ul .resource").ToList();
        Assert.NotEmpty(lines);
        Assert.Contains("español", lines[0].QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var crisis = page.QuerySelectorAll("#crisis-lines ~ ul .resource h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal("988 Suicide & Crisis Lifeline", crisis[0]);
        Assert.StartsWith("Ayuda en español", page.QuerySelector(".prose h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".translation-notice"));
    }

    [Fact]
    public void Get_help_s_spanish_address_is_its_guidance_s_translation()
    {
        var snapshot = _factory.Services.GetRequiredService<SexWorkResourceHub.Web.Content.CatalogLoader>().Load(RepositoryContent.Folder);
        var translation = snapshot.TranslationOf(snapshot.Pages["get-help"], "es")!;

        Assert.Equal(TranslatedPageRoutes.Addresses[("/GetHelp/Index", "es")], translation.UrlPath.TrimStart('/'));
    }

    [Fact]
    public async Task A_card_shows_its_spanish_text_and_marks_what_is_left_in_english()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/es/resources");

        var hotline = page.QuerySelector("#resource-national-human-trafficking-hotline")!;
        var description = hotline.QuerySelector("h3 + p")!;
        Assert.StartsWith("La línea de ayuda de Estados Unidos", description.TextContent, StringComparison.Ordinal);
        Assert.Null(description.GetAttribute("lang"));
        // Interpretation has no Spanish field: it shows in English, marked so.
        var interpretation = hotline.QuerySelectorAll(".access dd").Single(d => d.TextContent.Contains("200", StringComparison.Ordinal));
        Assert.Equal("en", interpretation.GetAttribute("lang"));
        Assert.Contains("Abierto las 24 horas", hotline.QuerySelector(".hours")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nacional (EE. UU.) · inglés, español", hotline.QuerySelector(".meta")!.TextContent.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Líneas de ayuda y de apoyo", page.QuerySelector(".resource-group h2")!.TextContent);
        Assert.Contains("recursos.", page.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_directory_s_words_find_a_card_by_its_spanish_text_with_or_without_accents()
    {
        var client = _factory.CreateClient();

        foreach (var words in new[] { "línea de ayuda", "linea de ayuda" })
        {
            var page = await client.GetDocumentAsync("/es/resources?q=" + Uri.EscapeDataString(words));
            Assert.NotNull(page.QuerySelector("#resource-national-human-trafficking-hotline"));
        }
    }

    [Fact]
    public async Task A_spanish_filter_mistake_gets_a_400_in_spanish_and_keeps_the_spanish_address()
    {
        var response = await _factory.CreateClient().GetAsync("/es/resources?kind=nonsense");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: No tenemos ese tipo de recurso. Elija uno de la lista.", page.QuerySelector("#kind-error")!.TextContent.Trim());
        Assert.Equal("/es/resources", page.QuerySelector("form.filters")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Spanish_events_read_in_spanish_dates_and_times()
    {
        var client = _factory.CreateClient();
        var list = await client.GetDocumentAsync("/es/events");
        var chat = await client.GetDocumentAsync("/es/events/macrosw-2019-willing-and-coerced-sex-work");

        Assert.Contains("Cada año el 2 de junio", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("jueves, 25 de abril de 2019, 21:00 EDT / 18:00 PDT", chat.QuerySelector(".event-facts time")!.TextContent);
        Assert.Equal("su hora:", chat.QuerySelector(".event-facts time")!.GetAttribute("data-your-time"));
        Assert.Equal("Chat en línea", chat.QuerySelector(".event-facts dd:nth-of-type(2)")!.FirstChild!.TextContent.Trim());
        Assert.Null(chat.QuerySelector(".event-page .prose")!.GetAttribute("lang"));
        Assert.Contains("/es/glosario#trata-con-fines-de-explotacion-sexual", chat.QuerySelector(".event-page .prose")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("/es/events/macrosw-2019-willing-and-coerced-sex-work.ics", chat.QuerySelector("link[type='text/calendar']")?.GetAttribute("href")
            ?? chat.QuerySelector("a[href$='.ics']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_spanish_calendars_carry_the_spanish_text_and_the_english_ones_keep_theirs()
    {
        var client = _factory.CreateClient();
        var spanish = await ServedCalendar.GetAsync(client, "/es/events.ics");
        var english = await ServedCalendar.GetAsync(client, "/events.ics");
        var one = await ServedCalendar.GetAsync(client, "/es/events/international-sex-workers-day.ics");

        Assert.Equal("Día Internacional de las Trabajadoras Sexuales", spanish.Event("international-sex-workers-day").Summary);
        Assert.Equal("International Sex Workers' Day", english.Event("international-sex-workers-day").Summary);
        var description = one.Event("international-sex-workers-day").Description!;
        Assert.Contains("Cómo participar: ", description, StringComparison.Ordinal);
        Assert.EndsWith("Detalles: https://hub.example/es/events/international-sex-workers-day", description, StringComparison.Ordinal);
        Assert.Equal(english.Event("international-sex-workers-day").Uid, one.Event("international-sex-workers-day").Uid);
        Assert.Equal("Eventos de SexWorkResourceHub", spanish.Properties["X-WR-CALNAME"]?.Value);
    }

    [Fact]
    public async Task The_spanish_feed_holds_the_spanish_articles_in_spanish()
    {
        var response = await _factory.CreateClient().GetAsync("/es/feed.xml");
        using var reader = ServedXml.Reader(await response.Content.ReadAsByteArrayAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("es", feed.Language);
        Assert.Equal("SexWorkResourceHub: artículos", feed.Title.Text);
        Assert.Equal(8, feed.Items.Count());
        Assert.All(feed.Items, item => Assert.StartsWith("https://hub.example/es/articles/", item.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://hub.example/es/feed.xml");
    }

    [Fact]
    public async Task The_sitemap_lists_each_language_s_address_with_its_alternates()
    {
        var response = await _factory.CreateClient().GetAsync("/sitemap.xml");
        using var reader = ServedXml.Reader(await response.Content.ReadAsByteArrayAsync());
        var sitemap = XDocument.Load(reader);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value);

        foreach (var (english, spanish) in new[]
        {
            ("https://hub.example/resources", "https://hub.example/es/resources"),
            ("https://hub.example/get-help", "https://hub.example/es/pedir-ayuda"),
            ("https://hub.example/articles/fosta-sesta-explained", "https://hub.example/es/articles/fosta-sesta-explicada"),
        })
        {
            foreach (var loc in new[] { english, spanish })
            {
                var alternates = urls[loc].Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
                Assert.Equal(new Dictionary<string, string> { ["en"] = english, ["x-default"] = english, ["es"] = spanish }, alternates);
            }
        }

        // A page with no translation (a tag page) is listed once, with no alternates.
        var tag = urls.Values.First(u => u.Element(sm + "loc")!.Value.Contains("/articles/tags/", StringComparison.Ordinal));
        Assert.Empty(tag.Elements(xhtml + "link"));
    }

    [Fact]
    public async Task Spanish_search_finds_spanish_text_without_its_accents_and_each_language_finds_its_own()
    {
        var client = _factory.CreateClient();
        var spanish = await client.GetDocumentAsync("/es/search?q=explotacion");
        var english = await client.GetDocumentAsync("/search?q=explotacion");
        var hotline = await client.GetDocumentAsync("/es/search?q=linea+de+ayuda");

        var found = spanish.QuerySelectorAll(".search-result h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
        Assert.Contains("resultados para «explotacion»", spanish.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(english.QuerySelectorAll(".search-result"));
        Assert.Contains(hotline.QuerySelectorAll(".search-result h3 a"), a => a.GetAttribute("href") == "/es/resources#resource-national-human-trafficking-hotline");
        Assert.Contains(hotline.QuerySelectorAll(".result-kind"), k => k.TextContent == "Recurso");
    }

    /// <summary>PostgreSQL's 'spanish' configuration stems Spanish words: a plural finds its singular.</summary>
    [PostgresFact]
    public async Task On_postgres_spanish_search_finds_a_word_by_its_stem()
    {
        var client = _factory.CreateClient();
        var plural = await client.GetDocumentAsync("/es/search?q=personas+derecho");
        var singular = await client.GetDocumentAsync("/es/search?q=persona+derechos");

        List<string> Found(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".search-result h3 a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal)];
        Assert.NotEmpty(Found(plural));
        Assert.Equal(Found(plural), Found(singular));
    }

    [Fact]
    public async Task A_missing_spanish_page_gets_a_spanish_404()
    {
        var response = await _factory.CreateClient().GetAsync("/es/no-existe");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("No encontramos esa página", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/es/pedir-ayuda", page.QuerySelectorAll(".error-page li a").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task The_page_cache_keeps_each_language_s_directory_apart()
    {
        var client = _factory.CreateClient();
        for (var round = 0; round < 2; round++)
        {
            var english = await client.GetDocumentAsync("/resources");
            var spanish = await client.GetDocumentAsync("/es/resources");
            Assert.Equal(("en", "Resources"), (english.DocumentElement.GetAttribute("lang"), english.QuerySelector("h1")!.TextContent));
            Assert.Equal(("es", "Recursos"), (spanish.DocumentElement.GetAttribute("lang"), spanish.QuerySelector("h1")!.TextContent));
        }
    }

    [Fact]
    public async Task With_translations_unpublished_no_spanish_address_answers_and_nothing_names_one()
    {
        using var dark = new HubFactory("Production", new Dictionary<string, string?>
        {
            ["Content:Path"] = RepositoryContent.Folder,
            ["Site:PublishTranslations"] = "false",
        });
        var client = dark.CreateClient();

        foreach (var path in new[] { "/es", "/es/resources", "/es/pedir-ayuda", "/es/events", "/es/search?q=trata", "/es/events.ics", "/es/feed.xml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        var notFound = await Html.ParseAsync(await client.GetAsync("/es/resources"));
        Assert.Equal("en", notFound.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("hreflang", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty((await client.GetDocumentAsync("/resources")).QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public async Task The_suggestion_form_reads_in_spanish_refuses_in_spanish_and_thanks_in_spanish()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetDocumentAsync("/es/suggest/resource");

        Assert.Equal("Sugerir un recurso", form.QuerySelector("h1")!.TextContent);
        Assert.Equal("Nombre", form.QuerySelector("label[for=Input_Name]")!.TextContent);
        Assert.Equal("/suggest/resource", form.QuerySelector("a.language-switch")!.GetAttribute("href"));

        var refused = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string> { ["Input.Url"] = "ftp://x" });
        var page = await Html.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Escriba el nombre de la organización o del recurso.", page.QuerySelector("#Input_Name-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Escriba una dirección web que empiece por https:// o http://.", page.QuerySelector("#Input_Url-error")!.TextContent, StringComparison.Ordinal);

        var sent = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Un grupo de ejemplo",
            ["Input.Description"] = "Apoyo entre pares.",
            ["Input.Url"] = "https://grupo.example.org",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/es/suggest/thanks", sent.Headers.Location!.OriginalString);
        Assert.Equal("Gracias", (await client.GetDocumentAsync("/es/suggest/thanks")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_spanish_page_s_report_link_opens_the_spanish_form_about_it_by_its_spanish_title()
    {
        var client = _factory.CreateClient();
        var article = await client.GetDocumentAsync("/es/articles/fosta-sesta-explicada");
        var link = article.QuerySelector(".report-problem a")!.GetAttribute("href")!;

        Assert.Equal("/es/suggest/correction?about=%2Fes%2Farticles%2Ffosta-sesta-explicada", link);
        var form = await client.GetDocumentAsync(link);
        Assert.Equal("Informar de un problema", form.QuerySelector("h1")!.TextContent);
        Assert.Equal(article.QuerySelector("h1")!.TextContent.Trim(), form.QuerySelector(".lede a")!.TextContent);

        var card = (await client.GetDocumentAsync("/es/resources")).QuerySelector("#resource-national-human-trafficking-hotline .report-problem a")!;
        Assert.Equal("/es/suggest/correction?about=%2Fes%2Fresources%23resource-national-human-trafficking-hotline", card.GetAttribute("href"));
    }
}
