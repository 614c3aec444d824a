using Bulwark.Casework.Reviewers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>Signs out (POST only, with the antiforgery token, so a link elsewhere cannot sign a reviewer out).</summary>
public sealed class SignOutModel(SignInManager<ConsoleUser> signIn) : ConsolePageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return Redirect(ConsoleApplication.BasePath + "/sign-in");
    }
}
