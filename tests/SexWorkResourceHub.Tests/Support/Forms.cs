using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>Submits real HTML forms: every field the form holds (the antiforgery token too), with the values a test types.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IDocument page, string formSelector, IDictionary<string, string>? values = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "reset" }:
                    continue;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    continue;
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(new Uri(page.Url), target) : new Uri(page.Url);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    /// <summary>Opens a page and submits one of its forms.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, string formSelector, IDictionary<string, string>? values = null)
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page, formSelector, values);
    }
}
