using System.Net;
using System.Text.RegularExpressions;
using Bulwark.Server.Console;

namespace Bulwark.Server.Tests.Console;

/// <summary>A cookie-keeping HTTP client for the console that submits forms the way a browser does (with the antiforgery token).</summary>
internal sealed partial class ConsoleClient : IDisposable
{
    private readonly HttpClient _client;

    private ConsoleClient(HttpClient client) => _client = client;

    public static async Task<ConsoleClient> SignInAsync(Uri baseUrl, string? email)
    {
        var client = new ConsoleClient(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUrl });
        if (email is not null)
        {
            using var response = await client.PostFormAsync("/console/sign-in", "/console/sign-in", new() { ["Email"] = email, ["Password"] = ConsoleHarness.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(ConsoleApplication.BasePath, response.Headers.Location?.OriginalString);
        }

        return client;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await _client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has an antiforgery token.");
        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Posts without a token, as a forged cross-site form would.</summary>
    public async Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
