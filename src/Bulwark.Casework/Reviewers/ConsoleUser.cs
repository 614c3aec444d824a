using Microsoft.AspNetCore.Identity;

namespace Bulwark.Casework.Reviewers;

/// <summary>A console account (ASP.NET Core Identity user) with its reviewer-wellness settings.</summary>
public sealed class ConsoleUser : IdentityUser
{
    /// <summary>
    /// Whether images are shown unblurred and in colour without a click. Off by default: reviewers see media blurred
    /// and greyscale until they choose to reveal each one.
    /// </summary>
    public bool RevealMediaByDefault { get; set; }
}
