namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>A report as the fake CyberTipline holds it.</summary>
internal sealed class FakeReport(long id, string xml, DateTimeOffset openedAt)
{
    public long Id { get; } = id;

    public string Xml { get; } = xml;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    public DateTimeOffset LastChangedAt { get; set; }

    public FakeReportStatus Status { get; set; } = FakeReportStatus.Open;

    public List<FakeFile> Files { get; } = [];
}
