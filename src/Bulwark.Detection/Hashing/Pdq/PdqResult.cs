namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>A PDQ hash with the reference's quality (0-100; below 50 the hash is too featureless to trust).</summary>
public readonly record struct PdqResult(PdqHash Hash, int Quality);
