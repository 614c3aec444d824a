using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;

namespace Bulwark.Server.Gateway;

/// <summary>
/// What the gateway did with one request or answer and the text the user is shown for it. Its header form names the
/// action, category and surface, never the content, so it is safe to log and to return to the client.
/// </summary>
internal sealed record GatewayDecision(PolicyAction Action, string? Category, Surface Surface, bool DetectorFailed)
{
    /// <summary>The response header that carries <see cref="HeaderValue"/>.</summary>
    public const string HeaderName = "X-Bulwark-Decision";

    /// <summary>Whether the content is withheld (held for review, blocked or reported).</summary>
    public bool Withholds => Action >= PolicyAction.HoldForReview;

    /// <summary>E.g. <c>block; category=csam_solicitation; surface=prompt</c>, or <c>allow</c>.</summary>
    public string HeaderValue
    {
        get
        {
            var value = ActionName;
            if (Category is not null)
            {
                value += "; category=" + Category;
            }

            value += "; surface=" + Surface.ToString().ToLowerInvariant();
            return DetectorFailed && Withholds ? value + "; reason=detector_failure" : value;
        }
    }

    /// <summary>The action's wire name, e.g. <c>hold_for_review</c>: the header's first word and a metric label.</summary>
    public string ActionName => Action switch
    {
        PolicyAction.Allow => "allow",
        PolicyAction.Support => "support",
        PolicyAction.HoldForReview => "hold_for_review",
        PolicyAction.Block => "block",
        PolicyAction.Report => "report",
        _ => throw new InvalidOperationException($"Unknown action {Action}."),
    };

    public static GatewayDecision From(Verdict verdict)
    {
        var primary = verdict.Categories.Count > 0 ? verdict.Categories[0] : null;
        return new GatewayDecision(
            verdict.Action,
            verdict.PrimaryCategory,
            verdict.Surface,
            primary is { FailedClosed: true, Band: not ScoreBand.Block });
    }

    /// <summary>The text shown in place of withheld content (a prevention message) or beside supported content (help).</summary>
    public string UserMessage(ScreeningPolicy policy, GatewayOptions options, string? locale, int rotation)
    {
        if (DetectorFailed)
        {
            return options.UnavailableMessage;
        }

        var message = Category is null ? null : policy.PreventionMessage(Category, locale, rotation);
        return message is null ? options.GenericRefusalMessage : Compose(message);
    }

    /// <summary>
    /// The theme of the policy's message that <see cref="UserMessage"/> shows for the same arguments, or null when the
    /// text is not one of the policy's messages (the unavailable or generic refusal text).
    /// </summary>
    public string? Theme(ScreeningPolicy policy, string? locale, int rotation) =>
        DetectorFailed || Category is null ? null : policy.PreventionMessage(Category, locale, rotation)?.Theme;

    private static string Compose(PreventionMessage message)
    {
        var lines = new List<string> { message.Text };
        foreach (var resource in message.HelpResources)
        {
            var contact = string.Join(", ", new[] { resource.Phone, resource.Url?.ToString() }.Where(part => !string.IsNullOrEmpty(part)));
            lines.Add($"- {resource.Name}: {contact}");
        }

        return string.Join('\n', lines);
    }
}
