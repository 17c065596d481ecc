using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Editors;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor;

public sealed class LoginModel(EditorAccounts accounts, EditorSessionStore sessions, TimeProvider time) : SitePageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    public void OnGet() => SetMeta();

    public async Task<IActionResult> OnPostAsync()
    {
        SetMeta();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await accounts.SignInAsync(Input.Email!, Input.Password!, client, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                await EditorAuthentication.SignInAsync(HttpContext, result.Editor!, sessions);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/editor", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/editor");
            case SignInOutcome.Throttled:
                // Said the same way whether or not the account exists, and only to this address.
                var retry = new RetryAfter(TimeSpan.FromSeconds(Math.Max(1, (result.TryAgainAt!.Value - time.GetUtcNow().UtcDateTime).TotalSeconds)));
                retry.ApplyTo(HttpContext);
                ModelState.AddModelError(string.Empty,
                    $"Too many sign-in attempts for this email from your network. Wait {retry.InWords}, then try again.");
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                break;
            default:
                ModelState.AddModelError(string.Empty, "The email or password is not right. Check both and try again.");
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                break;
        }

        Input.Password = null;
        return Page();
    }

    private void SetMeta() => Meta = new PageMetadata("Editor sign-in", "Sign in to the editors' area.", "/editor/login") { NoIndex = true };
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address, like name@example.org.")]
    [StringLength(254)]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(PasswordPolicy.MaximumLength)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }
}
