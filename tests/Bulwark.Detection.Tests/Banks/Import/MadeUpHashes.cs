namespace Bulwark.Detection.Tests.Banks.Import;

/// <summary>Invented hex values for fixtures; none comes from a real hash list.</summary>
internal static class MadeUpHashes
{
    public const string Md5A = "0123456789abcdef0123456789abcdef";
    public const string Md5B = "fedcba9876543210fedcba9876543210";
    public const string Hex64A = "1111111111111111222222222222222233333333333333334444444444444444";
    public const string Hex64B = "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd";
}
