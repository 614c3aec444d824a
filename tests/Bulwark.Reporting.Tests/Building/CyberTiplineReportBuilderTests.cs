using System.Xml.Linq;
using Bulwark.Reporting.Building;
using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Bulwark.Reporting.Tests.Fakes;

namespace Bulwark.Reporting.Tests.Building;

public sealed class CyberTiplineReportBuilderTests
{
    private static readonly ManualTime Clock = new(Samples.Start);

    public static TheoryData<string, IncidentType, ReportAnnotations> Mappings => new()
    {
        { CaseCategories.CsamSolicitation, IncidentType.ChildPornography, ReportAnnotations.CsamSolicitation },
        { CaseCategories.CsamAcquisition, IncidentType.ChildPornography, ReportAnnotations.CsamSolicitation },
        { CaseCategories.KnownImageMatch, IncidentType.ChildPornography, ReportAnnotations.None },
        { CaseCategories.MinorImageManipulation, IncidentType.ChildPornography, ReportAnnotations.None },
        { CaseCategories.MinorSexualisation, IncidentType.ChildPornography, ReportAnnotations.None },
        { CaseCategories.Grooming, IncidentType.OnlineEnticement, ReportAnnotations.None },
        { CaseCategories.Sextortion, IncidentType.OnlineEnticement, ReportAnnotations.Sextortion },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Every_reportable_category_maps_to_its_incident_type_and_validates(string category, IncidentType type, ReportAnnotations annotations)
    {
        var builder = new CyberTiplineReportBuilder(Samples.Options(), Clock);

        foreach (var confirmed in new[] { Samples.Minimal(category), Samples.Full(new MemoryEvidence(), "case-full", category) })
        {
            var built = builder.Build(confirmed);

            Assert.Equal(type, built.Report.IncidentSummary.Type);
            Assert.Equal(annotations, built.Report.IncidentSummary.Annotations);
            AssertValid(CyberTiplineXml.Report(built.Report));
            foreach (var file in built.Files)
            {
                AssertValid(CyberTiplineXml.FileDetails(file.Details with { ReportId = 12, FileId = "abc" }));
            }
        }
    }

    [Fact]
    public void Solicitation_carries_the_csamSolicitation_annotation_and_grooming_the_enticement_type_in_xml()
    {
        var builder = new CyberTiplineReportBuilder(Samples.Options(), Clock);

        var solicitation = CyberTiplineXml.Report(builder.Build(Samples.Minimal(CaseCategories.CsamSolicitation)).Report).Root!;
        var grooming = CyberTiplineXml.Report(builder.Build(Samples.Minimal(CaseCategories.Grooming)).Report).Root!;
        var sextortion = CyberTiplineXml.Report(builder.Build(Samples.Minimal(CaseCategories.Sextortion)).Report).Root!;

        Assert.Equal("Child Pornography (possession, manufacture, and distribution)", (string?)solicitation.Element("incidentSummary")!.Element("incidentType"));
        Assert.NotNull(solicitation.Element("incidentSummary")!.Element("reportAnnotations")!.Element("csamSolicitation"));
        Assert.Equal("Online Enticement of Children for Sexual Acts", (string?)grooming.Element("incidentSummary")!.Element("incidentType"));
        Assert.Null(grooming.Element("incidentSummary")!.Element("reportAnnotations"));
        Assert.NotNull(sextortion.Element("incidentSummary")!.Element("reportAnnotations")!.Element("sextortion"));
    }

    [Fact]
    public void Enticement_wins_over_csam_when_both_are_decided_and_every_annotation_is_kept()
    {
        var builder = new CyberTiplineReportBuilder(Samples.Options(), Clock);
        var confirmed = Samples.Minimal(CaseCategories.CsamSolicitation) with
        {
            Categories = [CaseCategories.CsamSolicitation, CaseCategories.Sextortion, CaseCategories.AbuseAdvocacy],
            MinorToMinor = true,
        };

        var summary = builder.Build(confirmed).Report.IncidentSummary;

        Assert.Equal(IncidentType.OnlineEnticement, summary.Type);
        Assert.Equal(ReportAnnotations.CsamSolicitation | ReportAnnotations.Sextortion | ReportAnnotations.MinorToMinorInteraction, summary.Annotations);
    }

    [Fact]
    public void Model_output_file_carries_generativeAi_inside_fileAnnotations()
    {
        var built = new CyberTiplineReportBuilder(Samples.Options(), Clock).Build(Samples.Full(new MemoryEvidence()));

        var output = CyberTiplineXml.FileDetails(built.Files[0].Details with { ReportId = 1, FileId = "f1" }).Root!;
        var upload = CyberTiplineXml.FileDetails(built.Files[1].Details with { ReportId = 1, FileId = "f2" }).Root!;

        Assert.NotNull(output.Element("fileAnnotations")!.Element("generativeAi"));
        Assert.Equal("", output.Element("fileAnnotations")!.Element("generativeAi")!.Value);
        Assert.Null(upload.Element("fileAnnotations"));
    }

    [Fact]
    public void Judged_ai_generated_upload_carries_generativeAi_too()
    {
        var store = new MemoryEvidence();
        var confirmed = Samples.Full(store) with { Evidence = [Samples.Evidence(store, "made-elsewhere.png") with { JudgedAiGenerated = true }] };

        var details = new CyberTiplineReportBuilder(Samples.Options(), Clock).Build(confirmed).Files[0].Details;

        Assert.Equal(FileAnnotations.GenerativeAi, details.Annotations);
    }

    [Fact]
    public void Industry_classification_is_sent_only_by_mou_signatories_and_never_on_supplemental_files()
    {
        var store = new MemoryEvidence();
        var confirmed = Samples.Full(store) with { Evidence = [.. Samples.Full(store).Evidence, Samples.Evidence(store, "ctx.png", classification: "A2", supplemental: true)] };

        var signatory = new CyberTiplineReportBuilder(Samples.Options(mouSignatory: true), Clock).Build(confirmed);
        var other = new CyberTiplineReportBuilder(Samples.Options(), Clock).Build(confirmed);

        Assert.Equal([IndustryClassification.A1, IndustryClassification.B2, null, null], signatory.Files.Select(f => f.Details.IndustryClassification));
        Assert.All(other.Files, file => Assert.Null(file.Details.IndustryClassification));
        Assert.All(signatory.Files, file => AssertValid(CyberTiplineXml.FileDetails(file.Details with { ReportId = 1, FileId = "x" })));
    }

    [Fact]
    public void Subject_becomes_the_reported_user_with_ip_events_devices_and_suspension()
    {
        var built = new CyberTiplineReportBuilder(Samples.Options(), Clock).Build(Samples.Full(new MemoryEvidence()));

        var account = Assert.Single(built.Report.ReportedPeople).Account;
        Assert.Equal("user-42", account.EspIdentifier);
        Assert.Equal("tenant-a", account.EspService);
        Assert.Equal("sunny_day", account.ScreenName);
        Assert.Equal([IpCaptureType.Login, IpCaptureType.Upload, IpCaptureType.Other], account.IpCaptureEvents.Select(ip => ip.EventName));
        Assert.Single(account.DeviceIds);
        Assert.NotNull(account.TemporarilyDisabled);
        Assert.Null(account.PermanentlyDisabled);
    }

    [Fact]
    public void Abuse_advocacy_alone_is_not_reportable()
    {
        var builder = new CyberTiplineReportBuilder(Samples.Options(), Clock);

        var error = Assert.Throws<ArgumentException>(() => builder.Build(Samples.Minimal(CaseCategories.AbuseAdvocacy)));
        Assert.Contains("not reportable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_category_is_a_clear_error_not_a_guess()
    {
        var builder = new CyberTiplineReportBuilder(Samples.Options(), Clock);

        var error = Assert.Throws<ArgumentException>(() => builder.Build(Samples.Minimal("spam_links")));
        Assert.Contains("Unknown case category 'spam_links'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Incident_time_in_the_future_is_refused()
    {
        var builder = new CyberTiplineReportBuilder(Samples.Options(), Clock);
        var confirmed = Samples.Minimal(CaseCategories.Grooming) with { Gateway = new("prompt", null, Samples.Start.AddDays(1)) };

        Assert.Throws<ArgumentException>(() => builder.Build(confirmed));
    }

    [Fact]
    public void Reporter_without_email_is_refused_at_construction()
    {
        var options = Samples.Options() with { Reporter = new Reporter { ReportingPerson = new Person { FirstName = "No", LastName = "Mail" } } };

        Assert.Throws<ArgumentException>(() => new CyberTiplineReportBuilder(options, Clock));
    }

    private static void AssertValid(XDocument document)
    {
        var problems = NcmecReference.Schema.Validate(document);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + CyberTiplineXml.ToText(document));
    }
}
