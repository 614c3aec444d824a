using Bulwark.Casework.Incidents;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;

namespace Bulwark.Casework.Tests.Support;

/// <summary>Incident reports as the gateway queues them: a blocked prompt of one category by one end user.</summary>
internal static class TestIncidents
{
    public static IncidentReport Blocked(string category, string? user = "user-42", string tenant = "acme") => new()
    {
        Verdict = new Verdict
        {
            Action = PolicyAction.Block,
            Surface = Surface.Prompt,
            Categories = [new CategoryOutcome(category, 0.97, ScoreBand.Block, PolicyAction.Block, false, false, false)],
            Findings = [new Finding(category, 0.97, new Bulwark.Detection.Screening.Evidence("rule." + category)) { Detector = "text" }],
            Failures = [],
            DetectorsRun = ["text"],
            DetectorsSkipped = [],
            PolicyId = "child-safety",
            PolicyVersion = "1.2.0",
            PolicyHash = "abc123",
            Elapsed = TimeSpan.FromMicroseconds(100),
        },
        TenantId = tenant,
        ExternalUserId = user,
        Route = "/v1/chat/completions",
        Protocol = "openai",
        RequestId = Guid.NewGuid().ToString("N"),
        Content = "benign stand-in content"u8.ToArray(),
        ContentType = "text/plain; charset=utf-8",
    };
}
