using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Polly;
using Polly.Retry;

namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>
/// NCMEC's CyberTipline Reporting API: status, xsd, submit, upload, fileinfo, finish, retract. Every call carries
/// HTTP Basic credentials and a timeout; NCMEC's response XML is read whatever the HTTP status, and its
/// <c>Request-ID</c> kept. Only the read-only calls are retried: a call that changes a report is made once, and
/// deciding what to do after an unknown outcome is the outbox's job (a blind second submit could file twice).
/// </summary>
public sealed class NcmecClient
{
    private const string RequestIdHeader = "Request-ID";

    private readonly HttpClient _http;
    private readonly NcmecOptions _options;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly ResiliencePipeline _safeRetry;

    /// <param name="http">A client without a base address of its own; its own timeout should not be shorter than the options'.</param>
    /// <param name="options">Credentials, environment and timeouts; validated here.</param>
    public NcmecClient(HttpClient http, NcmecOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
        _safeRetry = options.SafeRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NcmecException>(exception => exception.Failure == NcmecFailure.Unreachable),
                MaxRetryAttempts = options.SafeRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.SafeRetryDelay,
                UseJitter = true,
            }).Build();
    }

    /// <summary>The environment the client reports to (a custom address counts as the environment it was declared).</summary>
    public NcmecEnvironment Environment => _options.Environment;

    /// <summary>Which environment and address the client uses (for messages; no secrets).</summary>
    public string Describe() => $"{_options.Environment} ({_options.EffectiveBaseAddress})";

    /// <summary><c>GET /status</c>: code 0 when the credentials work; a <see cref="NcmecException"/> otherwise.</summary>
    public Task<NcmecCall<ReportResponse>> GetStatusAsync(CancellationToken cancellationToken = default) =>
        _safeRetry.ExecuteAsync(
            async token => await SendForReportResponseAsync(() => new HttpRequestMessage(HttpMethod.Get, Url("status")), _options.Timeout, token).ConfigureAwait(false),
            cancellationToken).AsTask();

    /// <summary><c>GET /xsd</c>: the schema NCMEC currently validates against, as text.</summary>
    public Task<string> GetSchemaAsync(CancellationToken cancellationToken = default) =>
        _safeRetry.ExecuteAsync(
            async token =>
            {
                var (status, body, requestId) = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Url("xsd")), _options.Timeout, token).ConfigureAwait(false);
                if (status is < 200 or > 299 || !body.Contains("<xs:schema", StringComparison.Ordinal))
                {
                    ThrowForBody(status, body, requestId, "xsd");
                }

                return body;
            },
            cancellationToken).AsTask();

    /// <summary><c>POST /submit</c>: opens a report; the answer carries its report id.</summary>
    public async Task<NcmecCall<ReportResponse>> SubmitAsync(string reportXml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportXml);
        var call = await SendForReportResponseAsync(() => XmlPost("submit", reportXml), _options.Timeout, cancellationToken).ConfigureAwait(false);
        if (call.Response.ReportId is null)
        {
            throw new NcmecException(NcmecFailure.Malformed, "NCMEC accepted the report but sent no reportId.", call.Response.ResponseCode, null, call.RequestId);
        }

        return call;
    }

    /// <summary>
    /// <c>POST /upload</c>: sends one file, hashing it on the way, and checks the MD5 NCMEC reports against the
    /// bytes sent (<see cref="NcmecFailure.HashMismatch"/> when they differ). The stream is read once and disposed.
    /// </summary>
    public async Task<NcmecCall<UploadResult>> UploadAsync(long reportId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        using var hashing = new HashingReadStream(content);
        var call = await SendForReportResponseAsync(
            () =>
            {
                var form = new MultipartFormDataContent
                {
                    { new StringContent(reportId.ToString(CultureInfo.InvariantCulture)), "id" },
                };
                var file = new StreamContent(hashing);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, "file", fileName);
                return new HttpRequestMessage(HttpMethod.Post, Url("upload")) { Content = form };
            },
            _options.UploadTimeout,
            cancellationToken).ConfigureAwait(false);
        var response = call.Response;
        if (string.IsNullOrWhiteSpace(response.FileId))
        {
            throw new NcmecException(NcmecFailure.Malformed, "NCMEC accepted the upload but sent no fileId.", response.ResponseCode, null, call.RequestId);
        }

        var sent = hashing.HashHex();
        if (!string.Equals(response.Hash, sent, StringComparison.OrdinalIgnoreCase))
        {
            throw new NcmecException(
                NcmecFailure.HashMismatch,
                $"NCMEC received file {response.FileId} with MD5 {response.Hash ?? "(none)"} but {sent} was sent: the copy at NCMEC is not the evidence.",
                response.ResponseCode,
                null,
                call.RequestId);
        }

        return new NcmecCall<UploadResult>(new UploadResult(response.FileId, sent, hashing.BytesRead), call.RequestId);
    }

    /// <summary><c>POST /fileinfo</c>: the details of one uploaded file (at most once per file).</summary>
    public Task<NcmecCall<ReportResponse>> SendFileInfoAsync(string fileDetailsXml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileDetailsXml);
        return SendForReportResponseAsync(() => XmlPost("fileinfo", fileDetailsXml), _options.Timeout, cancellationToken);
    }

    /// <summary><c>POST /finish</c>: completes the report; the answer is the provider's receipt.</summary>
    public async Task<NcmecCall<ReportDoneResponse>> FinishAsync(long reportId, CancellationToken cancellationToken = default)
    {
        var (status, body, requestId) = await SendAsync(() => FormPost("finish", reportId), _options.Timeout, cancellationToken).ConfigureAwait(false);
        ReportDoneResponse done;
        try
        {
            done = NcmecResponseXml.ParseReportDoneResponse(body);
        }
        catch (InvalidDataException)
        {
            // A refused finish is answered with a reportResponse (e.g. 5102 already finished), not a reportDoneResponse.
            ThrowForBody(status, body, requestId, "finish");
            throw;
        }

        if (done.ResponseCode != 0)
        {
            throw new NcmecException(NcmecFailure.Rejected, $"NCMEC refused finish: code {done.ResponseCode}.", done.ResponseCode, status, requestId);
        }

        return new NcmecCall<ReportDoneResponse>(done, requestId);
    }

    /// <summary><c>POST /retract</c>: cancels an unfinished report.</summary>
    public Task<NcmecCall<ReportResponse>> RetractAsync(long reportId, CancellationToken cancellationToken = default) =>
        SendForReportResponseAsync(() => FormPost("retract", reportId), _options.Timeout, cancellationToken);

    private async Task<NcmecCall<ReportResponse>> SendForReportResponseAsync(
        Func<HttpRequestMessage> request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (status, body, requestId) = await SendAsync(request, timeout, cancellationToken).ConfigureAwait(false);
        var response = Parse(status, body, requestId);
        if (response.ResponseCode != 0)
        {
            throw Rejected(response, status, requestId);
        }

        return new NcmecCall<ReportResponse>(response, requestId);
    }

    private async Task<(int Status, string Body, string? RequestId)> SendAsync(
        Func<HttpRequestMessage> createRequest, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var request = createRequest();
        request.Headers.Authorization = _authorization;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            var requestId = response.Headers.TryGetValues(RequestIdHeader, out var values) ? values.FirstOrDefault() : null;
            return ((int)response.StatusCode, body, requestId);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NcmecException(NcmecFailure.Unreachable, $"NCMEC did not answer {request.RequestUri?.AbsolutePath} within {timeout.TotalSeconds:0} s.", null, null, null, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new NcmecException(NcmecFailure.Unreachable, $"NCMEC could not be reached at {_options.EffectiveBaseAddress}: {exception.Message}", null, null, null, exception);
        }
    }

    private static ReportResponse Parse(int status, string body, string? requestId)
    {
        try
        {
            return NcmecResponseXml.ParseReportResponse(body);
        }
        catch (InvalidDataException exception)
        {
            throw Unreadable(status, requestId, exception);
        }
    }

    private static void ThrowForBody(int status, string body, string? requestId, string call)
    {
        var response = Parse(status, body, requestId);
        throw response.ResponseCode != 0
            ? Rejected(response, status, requestId)
            : new NcmecException(NcmecFailure.Malformed, $"NCMEC answered {call} with code 0 but not the expected document.", 0, status, requestId);
    }

    private static NcmecException Rejected(ReportResponse response, int status, string? requestId) => new(
        NcmecFailure.Rejected,
        $"NCMEC refused the call: code {response.ResponseCode} ({response.ResponseDescription}), HTTP {status}{(requestId is null ? "" : $", Request-ID {requestId}")}.",
        response.ResponseCode,
        status,
        requestId);

    // A 5xx without NCMEC's XML is a server or proxy failure (worth retrying where safe); anything else is unreadable.
    private static NcmecException Unreadable(int status, string? requestId, Exception inner) => new(
        status >= 500 ? NcmecFailure.Unreachable : NcmecFailure.Malformed,
        $"NCMEC's answer (HTTP {status}) is not a CyberTipline response: {inner.Message}",
        null,
        status,
        requestId,
        inner);

    private Uri Url(string path) => new(_options.EffectiveBaseAddress, path);

    private HttpRequestMessage XmlPost(string path, string xml) => new(HttpMethod.Post, Url(path))
    {
        Content = new StringContent(xml, new UTF8Encoding(false), "text/xml"),
    };

    private HttpRequestMessage FormPost(string path, long reportId) => new(HttpMethod.Post, Url(path))
    {
        Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("id", reportId.ToString(CultureInfo.InvariantCulture))]),
    };
}
