using System.Globalization;
using System.Text;

namespace SexWorkResourceHub.Web.Data;

/// <summary>Makes an address slug from a name: "Sex Workers' Day" becomes "sex-workers-day".</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > FieldLimits.Slug)
        {
            slug = slug[..FieldLimits.Slug].TrimEnd('-');
        }

        return slug.Length == 0 ? "item" : slug;
    }
}
