namespace Bulwark.Detection.Matching;

/// <summary>How <see cref="PdqIndex"/> answers a query; tests force each plan to check both are exact.</summary>
internal enum QueryPlan
{
    Automatic,
    MultiIndex,
    LinearScan,
}
