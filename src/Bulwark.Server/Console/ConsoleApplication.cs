using System.Globalization;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Reviewers;
using Bulwark.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bulwark.Server.Console;

/// <summary>
/// The trust-and-safety console under <c>/console</c> (Razor Pages, server-rendered, no script) and the casework
/// intake API (<c>POST /v1/reports</c>, <c>POST /v1/appeals</c>). <see cref="AddConsole"/> before building,
/// <see cref="MapConsole"/> after; the gateway does both when it has storage.
/// </summary>
public static class ConsoleApplication
{
    /// <summary>Where the console is served.</summary>
    public const string BasePath = "/console";

    /// <summary>The policy that admits reviewers, leads and admins.</summary>
    public const string ReviewerPolicy = "console-reviewer";

    /// <summary>The policy that admits leads and admins (escalations, appeals).</summary>
    public const string LeadPolicy = "console-lead";

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "bulwark_console";

    /// <summary>Registers console accounts, cookie sign-in, roles, antiforgery and the pages.</summary>
    public static void AddConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Page and sign-in logs at Information and below can carry handler arguments and account names: keep them out.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Identity", LogLevel.Warning);
        services.AddConsoleAccounts().AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.Path = BasePath;
            cookie.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS; plain HTTP is accepted only from loopback (see SignInModel).
            cookie.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = BasePath + "/sign-in";
            cookie.LogoutPath = BasePath + "/sign-out";
            cookie.AccessDeniedPath = BasePath + "/denied";
            // Never put the page a reviewer wanted into the sign-in URL: it can name a case.
            cookie.ReturnUrlParameter = "_";
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(BasePath + "/sign-in");
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ReviewerPolicy, policy => policy.RequireRole(ConsoleRoles.Reviewer, ConsoleRoles.Lead, ConsoleRoles.Admin))
            .AddPolicy(LeadPolicy, policy => policy.RequireRole(ConsoleRoles.Lead, ConsoleRoles.Admin));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = CookieName + "_af";
            antiforgery.Cookie.Path = BasePath;
            antiforgery.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorPages(pages =>
            {
                pages.RootDirectory = "/Console/Pages";
                pages.Conventions.AuthorizeFolder("/", ReviewerPolicy);
                pages.Conventions.AllowAnonymousToPage("/SignIn");
                pages.Conventions.AuthorizePage("/Appeals", LeadPolicy);
                pages.Conventions.AuthorizePage("/Denied");
            })
            .AddApplicationPart(typeof(ConsoleApplication).Assembly);
    }

    /// <summary>Maps the console, its evidence endpoint and stylesheet, and the intake API.</summary>
    public static void MapConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(BasePath))
            {
                var headers = context.Response.Headers;
                // No script at all, nothing from elsewhere, never framed, never cached, never referred onwards.
                headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet(BasePath + "/console.css", () => Results.Text(ConsoleStyles.Css, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(BasePath + "/evidence/{caseId:guid}/{evidenceId:guid}", EvidenceAsync).RequireAuthorization(ReviewerPolicy).ExcludeFromDescription();
        app.MapRazorPages();
        app.MapIntake();
    }

    /// <summary>
    /// An image of a case, for the reviewer holding it (or a lead once it is decided). Read through the vault, so every
    /// load is audited; served only when its bytes are an image format a browser shows without script.
    /// </summary>
    private static async Task<IResult> EvidenceAsync(Guid caseId, Guid evidenceId, HttpContext context, CaseService cases, EvidenceVault vault)
    {
        var reviewer = context.User.Identity?.Name;
        var file = await cases.GetFileAsync(caseId, context.RequestAborted).ConfigureAwait(false);
        if (reviewer is null || file is null || !ConsoleAccess.MaySeeEvidence(context.User, file.Case, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())
            || !file.Incidents.Any(i => i.EvidenceId == evidenceId))
        {
            return Results.NotFound();
        }

        var content = await vault.ReadAsync(evidenceId, reviewer, "case review: " + CaseService.CaseSubject(caseId), context.RequestAborted).ConfigureAwait(false);
        return content is not null && ImageFormat.Sniff(content.Content.Span) is { } mediaType
            ? Results.Bytes(content.Content.ToArray(), mediaType)
            : Results.NotFound();
    }

    internal static string Short(Guid id) => id.ToString("N", CultureInfo.InvariantCulture)[^8..];
}
