using System.Globalization;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Editors;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>`editors add|list|disable|enable|reset-password`: the only way to create an editor account.</summary>
internal static class EditorsCommand
{
    private const string Usage = """
        Usage:
          editors add <email>              create an account (the password twice: two lines of standard input, or prompts that do not echo)
          editors list                     list accounts
          editors disable <email>          stop an account signing in and end its sessions
          editors enable <email>           allow a disabled account to sign in again
          editors reset-password <email>   set a new password and end its sessions
          editors role <email> <role>      set what the editor does ("Volunteer checker"); public data names it with their checks
        """;

    public static async Task<int> RunAsync(CommandContext context)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        var args = context.Args;
        var action = args.Length > 0 ? args[0] : string.Empty;
        var email = args.Length > 1 ? args[1] : null;

        if (action == "list" && args.Length == 1)
        {
            var editors = await accounts.ListAsync(context.Cancellation);
            if (editors.Count == 0)
            {
                await context.Output.WriteLineAsync("No editor accounts yet. Create one with: editors add <email>");
            }

            foreach (var editor in editors)
            {
                var state = editor.IsDisabled ? "disabled" : "active";
                var last = editor.LastSignInAt?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never";
                await context.Output.WriteLineAsync($"{editor.Email}\t{state}\t{editor.Role}\tcreated {editor.CreatedAt:yyyy-MM-dd}\tlast sign-in {last}");
            }

            return 0;
        }

        if (action == "role" && email is not null && args.Length == 3)
        {
            if (await accounts.SetRoleAsync(email, args[2], AuditTrail.CommandLine, context.Cancellation) is { } roleProblem)
            {
                await context.Errors.WriteLineAsync("editors role: " + roleProblem);
                return 1;
            }

            await context.Output.WriteLineAsync($"{EditorAccounts.NormalizeEmail(email)} is now \"{args[2].Trim()}\". Checks they record from now on name this role.");
            return 0;
        }

        if (email is null || args.Length != 2)
        {
            await context.Errors.WriteLineAsync(Usage);
            return 2;
        }

        string? problem;
        switch (action)
        {
            case "add":
                var password = await ReadNewPasswordAsync(context);
                problem = password is null ? "No password given." : await accounts.CreateAsync(email, password, AuditTrail.CommandLine, context.Cancellation);
                break;
            case "reset-password":
                var newPassword = await ReadNewPasswordAsync(context);
                problem = newPassword is null ? "No password given." : await accounts.ResetPasswordAsync(email, newPassword, AuditTrail.CommandLine, context.Cancellation);
                break;
            case "disable":
                problem = await accounts.SetDisabledAsync(email, disabled: true, AuditTrail.CommandLine, context.Cancellation);
                break;
            case "enable":
                problem = await accounts.SetDisabledAsync(email, disabled: false, AuditTrail.CommandLine, context.Cancellation);
                break;
            default:
                await context.Errors.WriteLineAsync(Usage);
                return 2;
        }

        if (problem is not null)
        {
            await context.Errors.WriteLineAsync("editors " + action + ": " + problem);
            return 1;
        }

        await context.Output.WriteLineAsync(action switch
        {
            "add" => $"Created the editor account {EditorAccounts.NormalizeEmail(email)}.",
            "reset-password" => $"Set a new password for {EditorAccounts.NormalizeEmail(email)}; its sessions have ended.",
            "disable" => $"Disabled {EditorAccounts.NormalizeEmail(email)}; its sessions have ended.",
            _ => $"Enabled {EditorAccounts.NormalizeEmail(email)}.",
        });
        return 0;
    }

    /// <summary>
    /// The new password, typed twice: at a prompt, or as two lines of standard input (`printf '%s\n%s\n' "$pw" "$pw" |`),
    /// so a typo in a piped password is caught the same way as one typed at a terminal.
    /// </summary>
    private static async Task<string?> ReadNewPasswordAsync(CommandContext context)
    {
        var password = await context.ReadSecretAsync($"Password (at least {PasswordPolicy.MinimumLength} characters): ");
        if (password is null)
        {
            return null;
        }

        var again = await context.ReadSecretAsync("Same password again: ");
        if (again is null)
        {
            await context.Errors.WriteLineAsync("Give the password twice: on two lines of standard input, or at the two prompts.");
            return null;
        }

        if (again != password)
        {
            await context.Errors.WriteLineAsync("The two passwords differ.");
            return null;
        }

        return password;
    }
}
