using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SexWorkResourceHub.Web.Editors;

namespace SexWorkResourceHub.Web.Pages.Editor;

/// <summary>POST /editor/logout ends the session on the server, not only in this browser.</summary>
public sealed class LogoutModel(EditorSessionStore sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Editor/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await EditorAuthentication.SignOutAsync(HttpContext, sessions);
        return LocalRedirect("/editor/login?signedOut=true");
    }
}
