using System.Security.Cryptography;
using System.Text.Json;
using Bulwark.Cli.Tests.Support;

namespace Bulwark.Cli.Tests.Matching;

/// <summary>The "known-bad" list here is a stand-in made from benign test photos, as a real list never may be in a repository.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private const string BridgeHash = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-match-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string WriteBank(string name, params string[] lines)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement.Clone();

    [Fact]
    public async Task Prints_one_json_object_per_file_with_the_hash_and_its_matches()
    {
        var bank = WriteBank("stand-in.txt", "# benign stand-in list", $"{BridgeHash},bridge");
        var rotated = SharedTestData.Pdq("dih", "bridge-2-rotate-90.jpg");
        var other = SharedTestData.Pdq("labelme-subset", "q1050.jpg");

        var run = await CliRun.RunAsync("match", "--bank", bank, rotated, other);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.OutLines.Count);
        var first = Parse(run.OutLines[0]);
        Assert.Equal(rotated, first.GetProperty("path").GetString());
        Assert.Equal("30a10efdf1c83f429013d48d0ffffc52e34e0e35ada952a9d29605215aa9e5af", first.GetProperty("hash").GetString());
        var match = Assert.Single(first.GetProperty("matches").EnumerateArray());
        Assert.Equal(BridgeHash, match.GetProperty("hash").GetString());
        Assert.Equal("bridge", match.GetProperty("label").GetString());
        Assert.Equal("stand-in", match.GetProperty("bank").GetString());
        Assert.InRange(match.GetProperty("distance").GetInt32(), 0, 31);
        Assert.Empty(Parse(run.OutLines[1]).GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task Canonical_views_find_only_what_the_reference_matcher_finds()
    {
        var bank = WriteBank("stand-in.txt", $"{BridgeHash},bridge");

        var run = await CliRun.RunAsync("match", "--views", "canonical", "--bank", bank, SharedTestData.Pdq("dih", "bridge-2-rotate-90.jpg"));

        Assert.Empty(Parse(Assert.Single(run.OutLines)).GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task The_threshold_is_honoured()
    {
        var bank = WriteBank("stand-in.txt", $"{BridgeHash},bridge");

        var run = await CliRun.RunAsync("match", "--threshold", "0", "--views", "canonical", "--bank", bank, SharedTestData.Pdq("bridge-mods", "sharpen-a-lot.jpg"));

        Assert.Empty(Parse(Assert.Single(run.OutLines)).GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task Md5_entries_match_the_file_bytes_even_when_the_file_is_not_an_image()
    {
        var file = Path.Combine(_scratch, "notes.bin");
        await File.WriteAllTextAsync(file, "not an image, but its bytes are on the list");
#pragma warning disable CA5351 // MD5 here identifies files on shared lists; it protects nothing.
        var md5 = Convert.ToHexStringLower(MD5.HashData(await File.ReadAllBytesAsync(file)));
#pragma warning restore CA5351
        var bank = WriteBank("exact.txt", $"{md5},by-bytes");

        var run = await CliRun.RunAsync("match", "--bank", bank, file);

        Assert.Equal(1, run.ExitCode);
        var result = Parse(Assert.Single(run.OutLines));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("hash").ValueKind);
        var match = Assert.Single(result.GetProperty("matches").EnumerateArray());
        Assert.Equal(("md5", "by-bytes", 0), (match.GetProperty("type").GetString(), match.GetProperty("label").GetString(), match.GetProperty("distance").GetInt32()));
        Assert.Contains("not a supported image format", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bank_with_malformed_lines_is_refused_with_their_line_numbers()
    {
        var bank = WriteBank("broken.txt", $"{BridgeHash},bridge", "not-a-hash,oops");

        var run = await CliRun.RunAsync("match", "--bank", bank, SharedTestData.Pdq("dih", "bridge-1-original.jpg"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.OutLines);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("refusing to match against a partial bank", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list.csv", "auto", "signal_type,signal_str,collab\npdq," + BridgeHash + ",stand-in collab")]
    [InlineData("list.txt", "threatexchange", "pdq " + BridgeHash + " from-tx")]
    public async Task Banks_can_be_read_in_csv_and_threatexchange_formats(string name, string format, string content)
    {
        var bank = WriteBank(name, content.Split('\n'));

        var run = await CliRun.RunAsync("match", "--bank-format", format, "--bank", bank, SharedTestData.Pdq("dih", "bridge-1-original.jpg"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(BridgeHash, Assert.Single(Parse(Assert.Single(run.OutLines)).GetProperty("matches").EnumerateArray()).GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Several_banks_are_matched_and_named_after_their_files()
    {
        var first = WriteBank("first.txt", $"{BridgeHash},one");
        var second = WriteBank("second.txt", $"{BridgeHash},two");

        var run = await CliRun.RunAsync("match", "--bank", first, "--bank", second, SharedTestData.Pdq("dih", "bridge-1-original.jpg"));

        var banks = Parse(Assert.Single(run.OutLines)).GetProperty("matches").EnumerateArray().Select(match => match.GetProperty("bank").GetString());
        Assert.Equal(["first", "second"], banks);
    }
}
