namespace Bulwark.Detection.Hashing.Exact;

/// <summary>Which exact digests <see cref="ExactHasher"/> computes; combine flags to get several in one pass.</summary>
[Flags]
public enum ExactHashAlgorithms
{
    /// <summary>No digest; only the length is measured.</summary>
    None = 0,

    /// <summary>MD5, for interoperability with industry hash lists (not as a security primitive).</summary>
    Md5 = 1,

    /// <summary>SHA-256.</summary>
    Sha256 = 2,

    /// <summary>MD5 and SHA-256.</summary>
    All = Md5 | Sha256,
}
