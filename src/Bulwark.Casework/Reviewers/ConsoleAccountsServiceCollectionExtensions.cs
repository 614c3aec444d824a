using Bulwark.Casework.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Casework.Reviewers;

/// <summary>Registers console accounts (ASP.NET Core Identity over the casework database).</summary>
public static class ConsoleAccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers Identity's user and role managers over <see cref="CaseworkDbContext"/> and
    /// <see cref="ConsoleAccountService"/>, with the console's rules: passwords of at least 12 characters (length,
    /// not composition rules, per NIST SP 800-63B), unique emails, and lockout for 15 minutes after 5 failed sign-ins.
    /// Call after <c>AddCasework</c>. The returned builder lets a web host add its sign-in manager.
    /// </summary>
    public static IdentityBuilder AddConsoleAccounts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.AddScoped<ConsoleAccountService>();
        return services.AddIdentityCore<ConsoleUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CaseworkDbContext>();
    }
}
