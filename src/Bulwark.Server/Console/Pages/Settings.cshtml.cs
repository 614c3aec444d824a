using Bulwark.Casework.Reviewers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bulwark.Server.Console.Pages;

/// <summary>The reviewer's own wellness settings.</summary>
public sealed class SettingsModel(UserManager<ConsoleUser> users) : ConsolePageModel
{
    [BindProperty]
    public bool RevealMediaByDefault { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Forbid();
        }

        RevealMediaByDefault = user.RevealMediaByDefault;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Forbid();
        }

        user.RevealMediaByDefault = RevealMediaByDefault;
        await users.UpdateAsync(user).ConfigureAwait(false);
        Saved = true;
        return Page();
    }
}
