using System.Security.Cryptography;
using Bulwark.Detection.Banks;
using Bulwark.Detection.Banks.Import;
using Bulwark.Detection.Imaging;
using Bulwark.Detection.Matching;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Detection.Signals;
using Bulwark.Detection.Tests.Policy;
using Bulwark.Detection.Tests.Support;

namespace Bulwark.Detection.Tests.Screening;

public sealed class HashMatchDetectorTests
{
    private static readonly string RotatedBridge = SharedTestData.Pdq("dih", "bridge-2-rotate-90.jpg");

    private static async Task<HashMatcher> StandInMatcherAsync()
    {
        var bank = new Bank("stand-in-list");
        using (var reader = File.OpenText(RepositoryData.Path("banks", "stand-in-list.txt")))
        {
            await new PlainTextBankImporter().ImportAsync(reader, bank);
        }

        var matcher = new HashMatcher();
        matcher.AddBank(bank);
        return matcher;
    }

    [Fact]
    public async Task A_rotated_copy_of_a_banked_photo_is_a_known_image_match_with_bank_label_and_distance()
    {
        using var matcher = await StandInMatcherAsync();
        var detector = new HashMatchDetector(matcher);
        var content = Content.FromImage(await File.ReadAllBytesAsync(RotatedBridge), Surface.Upload);

        var finding = Assert.Single(await detector.DetectAsync(content, CancellationToken.None));

        Assert.Equal(CategoryIds.KnownImageMatch, finding.Category);
        Assert.Equal(("pdq", "stand-in-list", "bridge-1-original.jpg"), (finding.Evidence.RuleId, finding.Evidence.Source, finding.Evidence.Label));
        Assert.InRange(finding.Evidence.Distance!.Value, 0, 16);
        Assert.Equal(HashMatchDetector.PdqScore(finding.Evidence.Distance.Value), finding.Score);
        Assert.StartsWith("pdq d8f8f0ce", finding.Evidence.MatchedSignal, StringComparison.Ordinal);
        Assert.Contains("Rotate", finding.Evidence.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exact_digest_match_scores_one_without_decoding()
    {
        var bytes = await File.ReadAllBytesAsync(RotatedBridge);
        var bank = new Bank("exact");
        bank.Upsert(Signal.Parse(SignalType.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes))), label: "stand-in");
        using var matcher = new HashMatcher();
        matcher.AddBank(bank);

        var finding = Assert.Single(await new HashMatchDetector(matcher).DetectAsync(Content.FromImage(bytes, Surface.Upload), CancellationToken.None));

        Assert.Equal((1.0, "exact-sha256", 0), (finding.Score, finding.Evidence.RuleId, finding.Evidence.Distance));
    }

    [Fact]
    public async Task Text_and_unrelated_images_yield_no_findings()
    {
        using var matcher = await StandInMatcherAsync();
        var detector = new HashMatchDetector(matcher);
        var unrelated = await File.ReadAllBytesAsync(SharedTestData.Pdq("labelme-subset", "q0003.jpg"));

        Assert.Empty(await detector.DetectAsync(Content.FromText("a neutral sentence", Surface.Prompt), CancellationToken.None));
        Assert.Empty(await detector.DetectAsync(Content.FromImage(unrelated, Surface.Upload), CancellationToken.None));
    }

    [Fact]
    public async Task Undecodable_bytes_throw_so_the_screener_fails_closed()
    {
        using var matcher = await StandInMatcherAsync();
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);
        var screener = new Screener(policy, [new HashMatchDetector(matcher)]);
        var garbage = Content.FromImage(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, Surface.Upload);

        await Assert.ThrowsAsync<ImageDecodeException>(() => new HashMatchDetector(matcher).DetectAsync(garbage, CancellationToken.None));
        var verdict = await screener.ScreenAsync(garbage);

        Assert.Equal(PolicyAction.Block, verdict.Action);
        Assert.Equal([CategoryIds.KnownImageMatch], Assert.Single(verdict.Failures).FailedClosed);
    }

    [Fact]
    public async Task Under_the_shipped_policy_a_known_image_upload_is_reported()
    {
        using var matcher = await StandInMatcherAsync();
        var policy = await new PolicyLoader().LoadFileAsync(TestPolicies.ShippedPath);
        var screener = new Screener(policy, [new HashMatchDetector(matcher)]);

        var verdict = await screener.ScreenAsync(Content.FromImage(await File.ReadAllBytesAsync(RotatedBridge), Surface.Upload));

        Assert.Equal((PolicyAction.Report, CategoryIds.KnownImageMatch), (verdict.Action, verdict.PrimaryCategory));
        Assert.Equal(policy.ContentHash, verdict.PolicyHash);
    }
}
