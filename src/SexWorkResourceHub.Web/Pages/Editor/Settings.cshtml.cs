using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Editors;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor;

/// <summary>The signed-in editor's own settings: for now, the time zone their pages show times in.</summary>
public sealed class SettingsModel(HubDbContext db, TimeProvider time) : SitePageModel
{
    [BindProperty]
    [StringLength(Data.FieldLimits.TimeZone)]
    [Display(Name = "Your time zone")]
    public string? TimeZone { get; set; }

    public bool Saved { get; private set; }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Every zone this machine knows by an IANA name ("America/New_York"), for the full list.</summary>
    public static IReadOnlyList<string> AllZones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var editorId = EditorClaims.EditorId(User);
        TimeZone = await db.Editors.Where(e => e.Id == editorId).Select(e => e.TimeZone).SingleOrDefaultAsync(cancellationToken);
        Saved = saved;
        SetMeta();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var zone = string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim();
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            ModelState.AddModelError(nameof(TimeZone), "Choose a time zone from the list.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            SetMeta();
            return Page();
        }

        var editorId = EditorClaims.EditorId(User);
        var editor = await db.Editors.SingleOrDefaultAsync(e => e.Id == editorId, cancellationToken);
        if (editor is null)
        {
            return NotFound();
        }

        editor.TimeZone = zone;
        await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        return LocalRedirect("/editor/settings?saved=true");
    }

    private void SetMeta() =>
        Meta = new PageMetadata("Your settings", "The signed-in editor's settings.", "/editor/settings") { NoIndex = true };
}
