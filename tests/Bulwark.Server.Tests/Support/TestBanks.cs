using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;

namespace Bulwark.Server.Tests.Support;

/// <summary>
/// A stand-in "known" bank made from a benign public test photo (Meta's PDQ test image of a bridge), standing in for
/// a real access-restricted list, and the shipped policy with its gateway rules changed.
/// </summary>
internal static class TestBanks
{
    /// <summary>The bank photo, and a copy turned a quarter turn: the matcher's query views find it.</summary>
    public static string KnownImagePath => SharedTestData.Pdq("dih", "bridge-2-rotate-90.jpg");

    /// <summary>A benign photo whose exact MD5 is in the bank (an exact known-hash match).</summary>
    public static string ExactImagePath => SharedTestData.Pdq("labelme-subset", "q0746.jpg");

    /// <summary>A benign photo far from every bank entry.</summary>
    public static string UnknownImagePath => SharedTestData.Pdq("labelme-subset", "q1050.jpg");

    /// <summary>A PDQ bank of the bridge photo, plus the exact MD5 of <see cref="ExactImagePath"/>.</summary>
    public static HashMatcher StandInMatcher()
    {
        var bank = new Bank("stand-in-list");
#pragma warning disable CA5351 // MD5 is the digest hash lists carry (NCMEC's among them): matching, not security.
        var md5 = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(File.ReadAllBytes(ExactImagePath)));
#pragma warning restore CA5351
        var summary = new PlainTextBankImporter(new BankImportOptions { Source = "test" })
            .ImportAsync(new StringReader($"d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22,bridge-1-original.jpg\n{md5},exact-stand-in\n"), bank)
            .GetAwaiter().GetResult();
        Assert.True(summary.Succeeded);
        var matcher = new HashMatcher();
        matcher.AddBank(bank);
        return matcher;
    }

    /// <summary>The shipped policy with its <c>gateway</c> section replaced by <paramref name="gatewaySection"/>.</summary>
    public static ScreeningPolicy ShippedPolicyWithGateway(string gatewaySection)
    {
        var text = File.ReadAllText(ShippedPolicyPath());
        var start = text.IndexOf("\ngateway:", StringComparison.Ordinal);
        Assert.True(start >= 0, "The shipped policy has a gateway section.");
        return new PolicyLoader().Load(text[..start] + "\n" + gatewaySection, "test-policy");
    }

    private static string ShippedPolicyPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "policy", "child-safety.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("policy/child-safety.yaml was not found above the test assembly.");
    }
}
