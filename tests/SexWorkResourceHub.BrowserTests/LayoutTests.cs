using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>How the pages sit on a phone, a desktop and paper.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/fosta-sesta-explained")]
    [InlineData("/resources")]
    [InlineData("/get-help")]
    [InlineData("/es")]
    [InlineData("/es/pedir-ayuda")]
    public async Task On_a_375_pixel_phone_the_header_takes_at_most_160_pixels_with_the_links_on_one_line(string path)
    {
        await using var context = await fixture.NewContextAsync(width: 375, height: 700);
        var page = await BrowserFixture.OpenAsync(context, path);

        var bottom = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().bottom");
        Assert.InRange(bottom, 1, 160);
        var tops = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.site-nav a')].map(a => a.getBoundingClientRect().top)");
        Assert.Equal(4, tops.Length);
        Assert.All(tops, top => Assert.Equal(tops[0], top, 1.0));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Scrolled_text_passes_under_the_whole_top_bar_never_under_the_quick_exit_alone(int width)
    {
        await using var context = await fixture.NewContextAsync(width: width, height: 700);
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");
        await page.Mouse.WheelAsync(0, 1500);
        await page.WaitForTimeoutAsync(100);

        // The quick exit sits in a bar as wide as the window with a solid background: no text shows beside it.
        var bar = await page.EvaluateAsync<double[]>(
            "(() => { const b = document.querySelector('.site-bar').getBoundingClientRect(); const q = document.querySelector('.quick-exit').getBoundingClientRect(); " +
            "return [b.left, b.right, window.innerWidth, b.top, b.bottom, q.top, q.bottom]; })()");
        Assert.Equal(0, bar[0], 1.0);
        Assert.Equal(bar[2], bar[1], 1.0);
        Assert.Equal(0, bar[3], 1.0);
        Assert.True(bar[5] >= bar[3] && bar[6] <= bar[4], "the quick exit is inside the bar");
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-bar')).backgroundColor");
        Assert.DoesNotContain("rgba", background, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_reached_by_its_link_starts_below_the_top_bar()
    {
        await using var context = await fixture.NewContextAsync(width: 375, height: 700);
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");
        var id = await page.EvaluateAsync<string>("document.querySelectorAll('.prose h2[id]')[2].id");

        await page.GotoAsync("/articles/fosta-sesta-explained#" + id);
        await page.WaitForTimeoutAsync(300);

        var heading = await page.EvaluateAsync<double>($"document.getElementById('{id}').getBoundingClientRect().top");
        var bar = await page.EvaluateAsync<double>("document.querySelector('.site-bar').getBoundingClientRect().bottom");
        Assert.True(heading >= bar, $"the heading starts at {heading}, under the bar that ends at {bar}");
    }

    [Fact]
    public async Task A_printed_article_names_the_site_and_its_address_and_prints_internal_links_in_full()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.IsVisibleAsync(".print-masthead"));
        Assert.Contains("SexWorkResourceHub", await page.InnerTextAsync(".print-masthead"));
        Assert.Contains(fixture.Site.BaseUrl + "/articles/fosta-sesta-explained", await page.InnerTextAsync(".print-masthead"));
        Assert.False(await page.IsVisibleAsync(".quick-exit"));
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector(\".prose a[href^='/']\"), '::after').content");
        Assert.Contains(fixture.Site.BaseUrl + "/", after, StringComparison.Ordinal);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.False(await page.IsVisibleAsync(".print-masthead"));
    }

    [Fact]
    public async Task The_printed_directory_leaves_out_the_filters()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/resources?kind=hotline");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.IsVisibleAsync("form.filters"));
        Assert.True(await page.IsVisibleAsync("article.resource"));
    }

    [Theory]
    [InlineData(375, false)]
    [InlineData(1280, true)]
    public async Task The_directory_filters_are_folded_on_a_phone_and_open_on_a_desktop(int width, bool open)
    {
        await using var context = await fixture.NewContextAsync(width: width, height: 800);
        var page = await BrowserFixture.OpenAsync(context, "/resources");

        Assert.Equal(open, await page.IsVisibleAsync("#filter-kind"));
        var firstResult = await page.EvaluateAsync<double>("document.querySelector('article.resource').getBoundingClientRect().top");
        if (!open)
        {
            Assert.True(firstResult < 800, $"the first resource starts at {firstResult}, below the first screen");
        }
    }

    [Fact]
    public async Task At_1100_pixels_and_wider_the_contents_sit_beside_a_reading_column_of_60_to_75_characters()
    {
        await using var context = await fixture.NewContextAsync(width: 1280, height: 900);
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");

        var boxes = await page.EvaluateAsync<double[]>(
            "(() => { const t = document.querySelector('.toc').getBoundingClientRect(); const p = document.querySelector('.prose').getBoundingClientRect(); " +
            "return [t.left, p.right, t.top, p.top]; })()");
        Assert.True(boxes[0] > boxes[1], "the contents are to the right of the text");
        Assert.True(boxes[2] < boxes[3], "the contents start beside the article's header, not below the text");

        // The prose's own first paragraph, on one line, gives the average width of a character in its font.
        var characters = await page.EvaluateAsync<double>(
            "(() => { const prose = document.querySelector('.prose'); const p = prose.querySelector('p'); const text = p.textContent.replace(/\\s+/g, ' ').trim(); " +
            "const s = document.createElement('span'); s.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap'; s.textContent = text; p.appendChild(s); " +
            "const average = s.getBoundingClientRect().width / text.length; s.remove(); return p.clientWidth / average; })()");
        Assert.InRange(characters, 60, 75);
    }

    [Fact]
    public async Task Below_1100_pixels_the_contents_come_before_the_text()
    {
        await using var context = await fixture.NewContextAsync(width: 1000, height: 900);
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");

        var boxes = await page.EvaluateAsync<double[]>(
            "(() => { const t = document.querySelector('.toc').getBoundingClientRect(); const p = document.querySelector('.prose').getBoundingClientRect(); return [t.bottom, p.top]; })()");
        Assert.True(boxes[0] <= boxes[1]);
    }
}
