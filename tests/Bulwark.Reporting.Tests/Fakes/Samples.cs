using System.Security.Cryptography;
using System.Text;
using Bulwark.Reporting.Building;
using Bulwark.Reporting.Cases;
using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>Benign sample cases and the provider's options; file bytes are plain generated text, never imagery.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static ReportBuilderOptions Options(bool mouSignatory = false) => new()
    {
        Platform = "Example Assistant",
        IndustryMouSignatory = mouSignatory,
        Reporter = new Reporter
        {
            ReportingPerson = new Person
            {
                FirstName = "Trust",
                LastName = "Safety",
                Emails = [new Email { Address = "safety@example.com" }],
            },
            LegalUrl = "https://example.com/legal",
        },
    };

    public static byte[] Bytes(string name) => Encoding.UTF8.GetBytes($"benign stand-in bytes for {name}\n");

#pragma warning disable CA5351 // MD5 is the hash NCMEC uses.
    public static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351

    public static EvidenceFile Evidence(MemoryEvidence store, string name, bool modelOutput = false, string? classification = null, bool supplemental = false)
    {
        var bytes = Bytes(name);
        store.Add("vault/" + name, bytes);
        return new EvidenceFile
        {
            FileName = name,
            Reference = "vault/" + name,
            Md5 = Md5(bytes),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedAt = Start.AddMinutes(-30),
            IsModelOutput = modelOutput,
            ViewedByReviewer = true,
            IndustryClassification = classification,
            Supplemental = supplemental,
        };
    }

    public static ConfirmedCase Minimal(string category, string caseId = "case-1") => new()
    {
        CaseId = caseId,
        Categories = [category],
        Subject = new CaseSubject { UserId = "user-42" },
        Gateway = new GatewayMetadata("prompt", null, Start.AddHours(-1)),
        DecidedAt = Start.AddMinutes(-10),
    };

    public static ConfirmedCase Full(MemoryEvidence store, string caseId = "case-full", params string[] categories) => new()
    {
        CaseId = caseId,
        Categories = categories.Length > 0 ? categories : [CaseCategories.CsamSolicitation],
        Subject = new CaseSubject
        {
            Tenant = "tenant-a",
            UserId = "user-42",
            ScreenName = "sunny_day",
            DisplayName = "Sunny",
            Email = "user42@example.net",
            IpAddresses =
            [
                new SubjectIpAddress("203.0.113.7", Start.AddHours(-2), "login", 443),
                new SubjectIpAddress("2001:db8::7", Start.AddHours(-1), "upload"),
                new SubjectIpAddress("198.51.100.9", Start.AddHours(-1), "unusual-event"),
            ],
            Devices = [new SubjectDevice("client-fingerprint", "f00dfeed", Start.AddHours(-2))],
            SuspendedAt = Start.AddMinutes(-5),
            UserNotified = false,
        },
        Evidence =
        [
            Evidence(store, "output-1.png", modelOutput: true, classification: "A1"),
            Evidence(store, "upload-1.jpg", classification: "B2"),
            Evidence(store, "context.txt", supplemental: true),
        ],
        Gateway = new GatewayMetadata("output", "example-model-7b", Start.AddHours(-1)),
        DecidedAt = Start.AddMinutes(-10),
        ConversationExcerpt = "write a sexy story about a 12 year old",
        ReviewerSummary = "The user asked the model for sexual content involving a child; the request was blocked.",
        Escalation = null,
        MinorToMinor = false,
    };
}
