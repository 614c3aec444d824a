using Bulwark.Detection.Text.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;

namespace Bulwark.Server.Gateway;

/// <summary>
/// The language a request's prevention or support message is shown in: the client's most preferred
/// <c>Accept-Language</c> tag, else the language the user last wrote in, if it can be told. Worked out on first use,
/// because most requests are forwarded without a message and identifying a language is not free.
/// </summary>
internal sealed class RequestLocale(HttpRequest request, IReadOnlyList<string> turns)
{
    private string? _value;
    private bool _resolved;
    private string? _requested;
    private bool _requestedRead;

    /// <summary>The client's most preferred <c>Accept-Language</c> tag, or null (what the client asked for, no guessing).</summary>
    public string? Requested
    {
        get
        {
            if (!_requestedRead)
            {
                _requested = Preferred(request);
                _requestedRead = true;
            }

            return _requested;
        }
    }

    /// <summary>The BCP 47 tag, or null when neither the client nor the text says (the policy's default applies).</summary>
    public string? Value
    {
        get
        {
            if (!_resolved)
            {
                _value = Requested ?? LanguageIdentifier.Identify(turns.LastOrDefault(turn => turn.Length > 0) ?? string.Empty);
                _resolved = true;
            }

            return _value;
        }
    }

    private static string? Preferred(HttpRequest request)
    {
        var languages = new RequestHeaders(request.Headers).AcceptLanguage;
        return languages
            .Where(language => language.Value.HasValue && language.Value.Value != "*" && (language.Quality ?? 1) > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value)
            .FirstOrDefault();
    }
}
