using Bulwark.Casework.Audit;
using Microsoft.AspNetCore.Identity;

namespace Bulwark.Casework.Reviewers;

/// <summary>
/// Creates console accounts (what <c>bulwark admin create</c> calls). Passwords are hashed by ASP.NET Core Identity
/// (PBKDF2 with a per-user salt); nothing here stores, logs or returns one. Scoped, like Identity's managers.
/// </summary>
public sealed class ConsoleAccountService(UserManager<ConsoleUser> users, RoleManager<IdentityRole> roles, AuditLog audit)
{
    /// <summary>Audit action: a console account was created.</summary>
    public const string AccountCreatedAction = "console.account_created";

    /// <summary>
    /// Creates an account with <paramref name="role"/>. Returns the reasons it was refused (a taken email, a weak
    /// password, an unknown role); empty on success.
    /// </summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, string role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!ConsoleRoles.All.Contains(role))
        {
            return [$"Unknown role '{role}'; use one of {string.Join(", ", ConsoleRoles.All)}."];
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return ["Give the account's email address."];
        }

        if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
        {
            var created = await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            if (!created.Succeeded && !await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                return [.. created.Errors.Select(e => e.Description)];
            }
        }

        var user = new ConsoleUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        result = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await audit.AppendAsync(actor, AccountCreatedAction, "console-user/" + user.Email, new Dictionary<string, string?> { ["role"] = role }, cancellationToken).ConfigureAwait(false);
        return [];
    }
}
