namespace Bulwark.Detection.Hashing.Pdq;

/// <summary>The eight dihedral hashes of one image, from a single DCT, indexed by <see cref="Dihedral"/>.</summary>
public sealed class PdqDihedralResult
{
    private readonly PdqHash[] _hashes;

    internal PdqDihedralResult(PdqHash[] hashes, int quality)
    {
        _hashes = hashes;
        Quality = quality;
    }

    public int Quality { get; }

    /// <summary>The eight hashes in the reference's order: original, rotate 90/180/270, flip X/Y, flip +1/-1.</summary>
    public IReadOnlyList<PdqHash> Hashes => _hashes;

    public PdqHash this[Dihedral symmetry] => _hashes[(int)symmetry];

    /// <summary>The canonical (untransformed) hash and quality.</summary>
    public PdqResult Original => new(_hashes[0], Quality);
}
