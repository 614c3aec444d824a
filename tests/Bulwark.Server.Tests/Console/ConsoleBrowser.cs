using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bulwark.Server.Tests.Console;

/// <summary>
/// Headless Debian chromium (<c>/usr/bin/chromium</c>) driven by Playwright, never a browser Playwright downloads;
/// screenshots go to <c>TestResults/console-screenshots/</c> at the repository root.
/// </summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    public static async Task<ConsoleBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Debian's chromium is required at {ChromiumPath} (scripts/test.sh installs it).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The sandbox needs user namespaces that containers and root sessions often lack.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        return new ConsoleBrowser(playwright, browser);
    }

    /// <summary>A fresh browser profile (its own cookies) signed in as <paramref name="email"/>.</summary>
    public async Task<IPage> SignInAsync(Uri baseUrl, string email, string? screenshot = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console");
        Assert.EndsWith("/console/sign-in", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ConsoleHarness.Password);
        if (screenshot is not null)
        {
            await ScreenshotAsync(page, screenshot);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/console$"), new() { Timeout = 15_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Signing in as {email} ended at {page.Url}: {await page.Locator("main").InnerTextAsync()}", e);
        }
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string FindScreenshotDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bulwark.slnx")))
            {
                return Directory.CreateDirectory(Path.Combine(directory.FullName, "TestResults", "console-screenshots")).FullName;
            }
        }

        return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "console-screenshots")).FullName;
    }
}
