namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>NCMEC's <c>reportDoneResponse</c> to <c>/finish</c>: the provider's receipt, naming the report and its files.</summary>
public sealed record ReportDoneResponse
{
    public required int ResponseCode { get; init; }

    public required long ReportId { get; init; }

    public required IReadOnlyList<string> FileIds { get; init; }
}
