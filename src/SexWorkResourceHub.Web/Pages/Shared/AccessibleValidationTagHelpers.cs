using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// Ties a field to its error message for screen readers: a field with an error gets aria-invalid and
/// aria-describedby naming its message, and the message gets the id it is named by.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorAriaTagHelper : TagHelper
{
    // After the framework's own tag helpers, so it adds to what they render.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        if (!state.TryGetValue(For.Name, out var entry) || entry.Errors.Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var described) ? described.Value + " " : string.Empty;
        output.Attributes.SetAttribute("aria-describedby", existing + FieldErrorIds.For(For.Name));
    }
}

/// <summary>
/// Gives a validation message the id that its field's aria-describedby names, and notes the field's place
/// in the form, so the error summary lists errors in the order a reader meets the fields.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorIdTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("id", FieldErrorIds.For(For.Name));
        output.AddClass("field-error", System.Text.Encodings.Web.HtmlEncoder.Default);
        FormFieldOrder.Note(ViewContext.HttpContext, For.Name);
    }
}

public static class FieldErrorIds
{
    /// <summary>"Input.Name" becomes "Input_Name-error".</summary>
    public static string For(string field) => TagBuilder.CreateSanitizedId(field, "_") + "-error";

    /// <summary>The id the input tag helper gives the field itself, for links from the error summary.</summary>
    public static string Field(string field) => TagBuilder.CreateSanitizedId(field, "_");
}
