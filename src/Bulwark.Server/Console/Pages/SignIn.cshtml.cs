using Bulwark.Casework.Audit;
using Bulwark.Casework.Reviewers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>Sign-in with email and password; lockout after repeated failures; every attempt audited.</summary>
public sealed class SignInModel(SignInManager<ConsoleUser> signIn, AuditLog audit) : ConsolePageModel
{
    /// <summary>Audit action: a successful sign-in.</summary>
    public const string LoginAction = "console.login";

    /// <summary>Audit action: a refused sign-in.</summary>
    public const string LoginFailedAction = "console.login_failed";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Problem = "Enter your email and password.";
            return Page();
        }

        if (!Request.IsHttps && HttpContext.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            // A password and a session cookie must not cross a network in the clear: outside loopback, HTTPS only.
            Problem = "Sign in over HTTPS. Plain HTTP is accepted only on this machine's loopback address.";
            return Page();
        }

        var email = Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        var subject = "console-user/" + email;
        if (result.Succeeded)
        {
            await audit.AppendAsync(email, LoginAction, subject, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Redirect(ConsoleApplication.BasePath);
        }

        await audit.AppendAsync("anonymous", LoginFailedAction, subject, new Dictionary<string, string?> { ["locked_out"] = result.IsLockedOut ? "true" : "false" }, cancellationToken).ConfigureAwait(false);
        Problem = result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : "That email and password do not match an account.";
        return Page();
    }
}
