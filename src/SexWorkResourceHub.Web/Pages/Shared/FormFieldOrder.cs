namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>The fields of the form being rendered, in the order the page shows them (noted by <see cref="FieldErrorIdTagHelper"/>).</summary>
public static class FormFieldOrder
{
    private static readonly object Key = new();

    public static void Note(HttpContext context, string field)
    {
        if (context.Items[Key] is not List<string> fields)
        {
            context.Items[Key] = fields = [];
        }

        if (!fields.Contains(field, StringComparer.Ordinal))
        {
            fields.Add(field);
        }
    }

    /// <summary>Where <paramref name="field"/> comes in the page; a field the page never showed comes last.</summary>
    public static int PlaceOf(HttpContext context, string field) =>
        context.Items[Key] is List<string> fields && fields.IndexOf(field) is var index and >= 0 ? index : int.MaxValue;
}
