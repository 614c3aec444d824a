using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bulwark.Server.Console.Pages;

/// <summary>What every console page shares: the signed-in reviewer's id, as recorded in decisions and the audit log.</summary>
public abstract class ConsolePageModel : PageModel
{
    /// <summary>The reviewer's id (their account's email).</summary>
    protected string ReviewerId => User.Identity?.Name ?? throw new InvalidOperationException("The console's pages require a signed-in reviewer.");
}
