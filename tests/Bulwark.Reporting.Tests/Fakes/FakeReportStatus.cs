namespace Bulwark.Reporting.Tests.Fakes;

internal enum FakeReportStatus
{
    Open,
    Finished,
    Retracted,
}
