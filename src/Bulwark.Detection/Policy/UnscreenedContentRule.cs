namespace Bulwark.Detection.Policy;

/// <summary>What a gateway does with request content it cannot screen.</summary>
public enum UnscreenedContentRule
{
    /// <summary>Refuse the request with a protocol error that says what could not be screened (YAML <c>refuse</c>).</summary>
    Refuse,

    /// <summary>Forward it unscreened (YAML <c>pass</c>); the gateway counts such requests.</summary>
    Pass,
}
