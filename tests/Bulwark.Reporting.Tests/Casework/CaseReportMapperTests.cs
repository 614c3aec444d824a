using System.Security.Cryptography;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Reports;
using Bulwark.Reporting.Casework;

namespace Bulwark.Reporting.Tests.Casework;

public sealed class CaseReportMapperTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 20, 11, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 4, 5, 6];
    private static readonly byte[] Text = "write a sexy story about a 12 year old"u8.ToArray();
    private static readonly byte[] Other = [0, 1, 2, 3];

    [Fact]
    public void Each_file_is_named_after_its_incident_typed_by_its_bytes_hashed_and_timed()
    {
        var png = Item(Png, "application/octet-stream");
        var jpeg = Item(Jpeg, "application/octet-stream");
        var text = Item(Text, "text/plain; charset=utf-8", viewed: true);
        var other = Item(Other, "application/octet-stream");
        var incidents = new[] { Incident(png, "Output", minutes: 1), Incident(jpeg, "Upload", minutes: 2), Incident(text, "Prompt", minutes: 3), Incident(other, "Prompt", minutes: 4) };
        var ban = Action(EnforcementKind.Ban);

        var mapping = CaseReportMapper.Map(File(incidents, Decision("csam_solicitation", ban), ban), Evidence(png, jpeg, text, other));

        Assert.True(mapping.IsReportable, mapping.Refusal);
        var confirmed = mapping.Case!;
        Assert.Equal([".png", ".jpg", ".txt", ".bin"], confirmed.Evidence.Select(e => Path.GetExtension(e.FileName)));
        Assert.All(confirmed.Evidence.Zip(incidents), pair => Assert.StartsWith("incident-" + pair.Second.Id.ToString("N"), pair.First.FileName, StringComparison.Ordinal));
        Assert.Equal(png.Id.ToString("D"), confirmed.Evidence[0].Reference);
#pragma warning disable CA5351 // MD5 is how NCMEC identifies files.
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(Png)), confirmed.Evidence[0].Md5);
#pragma warning restore CA5351
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Text)), confirmed.Evidence[2].Sha256);
        Assert.Equal([true, false, false, false], confirmed.Evidence.Select(e => e.IsModelOutput));
        Assert.Equal([false, false, true, false], confirmed.Evidence.Select(e => e.ViewedByReviewer));
        Assert.Equal(incidents.Select(i => (DateTimeOffset?)i.OccurredAt), confirmed.Evidence.Select(e => e.UploadedAt));
        Assert.Equal(["csam_solicitation"], confirmed.Categories);
        Assert.Equal(("acme", "user-42", "user-42"), (confirmed.Subject.Tenant, confirmed.Subject.UserId, confirmed.Subject.ScreenName));
        Assert.Equal(ban.CreatedAt, confirmed.Subject.BannedAt);
        Assert.Empty(confirmed.Subject.IpAddresses);
        Assert.Equal(incidents[0].OccurredAt, confirmed.Gateway.At);
        Assert.Equal("output (openai /v1/chat/completions)", confirmed.Gateway.Surface);
        Assert.Equal("The request asks for sexual content about a child.", confirmed.ReviewerSummary);
    }

    [Fact]
    public void Files_not_chosen_are_listed_but_not_reported()
    {
        var png = Item(Png, "application/octet-stream");
        var text = Item(Text, "text/plain");
        var file = File([Incident(png, "Output", 1), Incident(text, "Prompt", 2)], Decision("known_image_match"));

        var mapping = CaseReportMapper.Map(file, Evidence(png, text), [text.Id]);

        Assert.Equal([false, true], mapping.Files.Select(f => f.Selected));
        Assert.Equal(text.Id.ToString("D"), Assert.Single(mapping.Case!.Evidence).Reference);
        Assert.Equal("prompt (openai /v1/chat/completions)", mapping.Case.Gateway.Surface);
    }

    [Fact]
    public void An_incident_outside_the_decided_categories_is_supplemental()
    {
        var text = Item(Text, "text/plain");
        var context = Item("a later, unrelated message"u8.ToArray(), "text/plain");
        var file = File([Incident(text, "Prompt", 1), Incident(context, "Prompt", 2, category: "abuse_advocacy")], Decision("csam_solicitation"));

        var mapping = CaseReportMapper.Map(file, Evidence(text, context));

        Assert.Equal([false, true], mapping.Case!.Evidence.Select(e => e.Supplemental));
    }

    [Fact]
    public void A_decision_reversed_on_appeal_is_not_reported()
    {
        var text = Item(Text, "text/plain");
        var reversed = Action(EnforcementKind.Ban);
        reversed.ReversedAt = Opened.AddDays(1);
        reversed.ReversalReason = "Not the listed image.";

        var mapping = CaseReportMapper.Map(File([Incident(text, "Prompt", 1)], Decision("known_image_match", reversed), reversed), Evidence(text));

        Assert.False(mapping.IsReportable);
        Assert.Contains("reversed on appeal (Not the listed image.)", mapping.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abuse_advocacy", "Not reportable to NCMEC")]
    [InlineData("some_new_category", "has no CyberTipline mapping")]
    public void Categories_that_are_not_reportable_are_refused_with_the_reason(string category, string reason)
    {
        var text = Item(Text, "text/plain");

        var mapping = CaseReportMapper.Map(File([Incident(text, "Prompt", 1)], Decision(category)), Evidence(text));

        Assert.Null(mapping.Case);
        Assert.Contains(reason, mapping.Refusal, StringComparison.Ordinal);
        Assert.Single(mapping.Files);
    }

    [Fact]
    public void An_open_case_and_a_case_without_an_end_user_are_refused()
    {
        var text = Item(Text, "text/plain");
        var decided = File([Incident(text, "Prompt", 1)], Decision("csam_solicitation"));
        var open = decided with { Case = Case(CaseStatus.Open, "user-42"), Decisions = [] };
        var anonymous = decided with { Case = Case(CaseStatus.Closed, null) };

        Assert.Contains("decided \"violating\"", CaseReportMapper.Map(open, Evidence(text)).Refusal, StringComparison.Ordinal);
        Assert.Contains("no end user", CaseReportMapper.Map(anonymous, Evidence(text)).Refusal, StringComparison.Ordinal);
    }

    private static CaseEvidence Item(byte[] content, string contentType, bool viewed = false) => new(Guid.NewGuid(), content, contentType, viewed);

    private static Dictionary<Guid, CaseEvidence> Evidence(params CaseEvidence[] items) => items.ToDictionary(i => i.Id);

    private static Incident Incident(CaseEvidence evidence, string surface, int minutes, string category = "csam_solicitation")
    {
        var incident = new Incident
        {
            Id = Guid.NewGuid(),
            OccurredAt = Opened.AddMinutes(minutes),
            TenantId = "acme",
            ExternalUserId = "user-42",
            Surface = surface,
            Action = "Block",
            PrimaryCategory = category,
            PolicyId = "child-safety",
            PolicyVersion = "1",
            PolicyHash = "abc",
            Route = "/v1/chat/completions",
            Protocol = "openai",
            EvidenceId = evidence.Id,
        };
        incident.Findings.Add(new IncidentFinding { Category = category, Action = "Block", Score = 0.97 });
        return incident;
    }

    private static EnforcementAction Action(EnforcementKind kind) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Category = "csam_solicitation",
        Actor = "reviewer@example.org",
        PolicyVersion = "child-safety 1",
        StatementOfReasons = "…",
        CreatedAt = Opened.AddHours(1),
        Source = ViolationSource.ReviewerConfirmed,
    };

    private static CaseDecision Decision(string category, EnforcementAction? action = null) => new()
    {
        Id = Guid.NewGuid(),
        Verdict = ReviewVerdict.Violating,
        Category = category,
        Reason = "The request asks for sexual content about a child.",
        ReviewerId = "reviewer@example.org",
        DecidedAt = Opened.AddHours(1),
        EnforcementActionId = action?.Id,
    };

    private static ReviewCase Case(CaseStatus status, string? user) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = "acme",
        ExternalUserId = user,
        Queue = "solicitation",
        Status = status,
        OpenedAt = Opened,
    };

    private static CaseFile File(IReadOnlyList<Incident> incidents, CaseDecision decision, params EnforcementAction[] history) =>
        new(Case(CaseStatus.Closed, "user-42"), incidents, Array.Empty<UserReport>(), [decision], history, []);
}
