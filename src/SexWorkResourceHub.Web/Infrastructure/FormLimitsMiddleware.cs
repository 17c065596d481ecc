using Microsoft.AspNetCore.Http.Features;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>
/// Reads a posted form before the page does, so a form too large to read or with too many fields is
/// refused with 413 or 400 and the error page says which (see <see cref="FormRefusal"/>). Left to the
/// page, the failure surfaced inside antiforgery validation, was reported as a bad token, and the
/// visitor could not tell what had happened. A form that reads is kept, and the page uses it as it is.
/// </summary>
internal sealed class FormLimitsMiddleware(RequestDelegate next)
{
    /// <summary>
    /// The largest form the site reads. Its largest form (an event with an 8,000-character description)
    /// is under 100 KB even with every character percent-encoded; nothing here takes uploads.
    /// </summary>
    public const long MaxFormBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        // A refused form's error page is this same request run again: its form is not read twice.
        if (!context.Request.HasFormContentType || context.Features.Get<FormRefusal>() is not null)
        {
            await next(context);
            return;
        }

        if (await RefusalAsync(context) is { } refusal)
        {
            context.Features.Set(refusal);
            context.Response.StatusCode = refusal.StatusCode;
            return;
        }

        await next(context);
    }

    private static async Task<FormRefusal?> RefusalAsync(HttpContext context)
    {
        // The server stops reading at the limit too, for a body sent without its length.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size
            && (size.MaxRequestBodySize is null || size.MaxRequestBodySize > MaxFormBytes))
        {
            size.MaxRequestBodySize = MaxFormBytes;
        }

        if (context.Request.ContentLength > MaxFormBytes)
        {
            return FormRefusal.TooLarge;
        }

        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return FormRefusal.TooLarge;
        }
        catch (InvalidDataException)
        {
            // The form reader's own limits: more than 1,024 fields, or (only from a hand-made request) a
            // field name over 2,048 characters or a broken multipart body. No form of the site comes near.
            return FormRefusal.TooManyFields;
        }
    }
}

/// <summary>Why a posted form was refused unread, for the error page to say.</summary>
public sealed class FormRefusal
{
    public static readonly FormRefusal TooLarge = new(StatusCodes.Status413PayloadTooLarge);

    public static readonly FormRefusal TooManyFields = new(StatusCodes.Status400BadRequest);

    private FormRefusal(int statusCode) => StatusCode = statusCode;

    public int StatusCode { get; }
}
