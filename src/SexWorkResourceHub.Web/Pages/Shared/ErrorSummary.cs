using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// The box above a form that lists what to correct, each message linking to its field, in the order the
/// fields come in the form. It is written when the page is sent, after the form below it has been
/// rendered, so it knows that order (<see cref="FormFieldOrder"/>). Messages about the whole form (a
/// lockout, a form sent twice) come first; when there are only those, they read as plain sentences,
/// without the "Please correct" heading.
/// </summary>
public sealed class ErrorSummary(ViewContext view) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var state = view.ViewData.ModelState;
        if (state.IsValid)
        {
            return;
        }

        var errors = state
            .SelectMany(entry => (entry.Value?.Errors ?? []).Select(error => (Field: entry.Key, error.ErrorMessage)))
            .Select((e, i) => (e.Field, e.ErrorMessage, Place: e.Field.Length == 0 ? -1 : FormFieldOrder.PlaceOf(view.HttpContext, e.Field), Seen: i))
            .OrderBy(e => e.Place).ThenBy(e => e.Seen)
            .ToList();

        if (errors.All(e => e.Field.Length == 0))
        {
            writer.Write("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">");
            foreach (var (_, message, _, _) in errors)
            {
                writer.Write("<p>");
                encoder.Encode(writer, message);
                writer.Write("</p>");
            }

            writer.Write("</div>");
            return;
        }

        writer.Write("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-heading\">");
        writer.Write($"<h2 id=\"error-summary-heading\">Please correct {(errors.Count == 1 ? "this" : "these")}:</h2><ul>");
        foreach (var (field, message, _, _) in errors)
        {
            writer.Write("<li>");
            if (field.Length > 0)
            {
                writer.Write("<a href=\"#");
                encoder.Encode(writer, FieldErrorIds.Field(field));
                writer.Write("\">");
                encoder.Encode(writer, message);
                writer.Write("</a>");
            }
            else
            {
                encoder.Encode(writer, message);
            }

            writer.Write("</li>");
        }

        writer.Write("</ul></div>");
    }
}
