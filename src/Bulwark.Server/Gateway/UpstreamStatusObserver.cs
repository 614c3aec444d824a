using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Bulwark.Server.Gateway;

/// <summary>
/// Wraps the transformer of one forwarded request and notes the upstream's own status code, which the client may never
/// see (a withheld or unreadable answer replaces it), so that the request's outcome and upstream errors can be counted.
/// </summary>
internal sealed class UpstreamStatusObserver(HttpTransformer inner) : HttpTransformer
{
    /// <summary>The upstream's status code, or null when no response arrived.</summary>
    public int? UpstreamStatus { get; private set; }

    public override ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken) =>
        inner.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);

    public override ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        UpstreamStatus = proxyResponse is null ? null : (int)proxyResponse.StatusCode;
        return inner.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
    }

    public override ValueTask TransformResponseTrailersAsync(HttpContext httpContext, HttpResponseMessage proxyResponse, CancellationToken cancellationToken) =>
        inner.TransformResponseTrailersAsync(httpContext, proxyResponse, cancellationToken);
}
