using Bulwark.Detection.Hashing;

namespace Bulwark.Detection.Matching;

/// <summary>The state of one multi-index query, passed by reference through the probe and chain walks.</summary>
internal ref struct PdqSearch(
    PdqHash query, int maxDistance, ReadOnlySpan<uint> querySegments, ReadOnlySpan<int> radii, ICollection<PdqMatch> results, BankSet? banks)
{
    public readonly PdqHash Query = query;
    public readonly int MaxDistance = maxDistance;
    public readonly ReadOnlySpan<uint> QuerySegments = querySegments;
    public readonly ReadOnlySpan<int> Radii = radii;
    public readonly ICollection<PdqMatch> Results = results;
    public readonly BankSet? Banks = banks;
    public int Found;
}
