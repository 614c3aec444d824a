using Bulwark.Cli.Tests.Support;

namespace Bulwark.Cli.Tests.Hashing;

public sealed class HashCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bulwark-hash-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Prints_the_reference_format_hash_quality_path()
    {
        var path = SharedTestData.Pdq("dih", "bridge-1-original.jpg");

        var run = await CliRun.RunAsync("hash", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22,100,{path}"], run.OutLines);
    }

    [Fact]
    public async Task Dihedral_prints_eight_lines_in_the_reference_order()
    {
        var path = SharedTestData.Pdq("dih", "bridge-1-original.jpg");
        var expected = File.ReadLines(SharedTestData.Pdq("expected-cpp-dihedral-bridge-1-original.csv"))
            .Where(line => !line.StartsWith('#') && !line.StartsWith("hash,", StringComparison.Ordinal))
            .Select(line => line.Split(',')[0] + ",100," + path);

        var run = await CliRun.RunAsync("hash", "--dihedral", path);

        Assert.Equal(expected, run.OutLines);
    }

    [Fact]
    public async Task Md5_and_sha256_add_columns_before_the_path()
    {
        var path = SharedTestData.Pdq("dih", "bridge-1-original.jpg");
        var bytes = await File.ReadAllBytesAsync(path);
#pragma warning disable CA5351 // MD5 identifies files on shared lists; it protects nothing.
        var md5 = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(bytes));
#pragma warning restore CA5351
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var run = await CliRun.RunAsync("hash", "--md5", "--sha256", path);

        Assert.Equal([$"d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22,100,{md5},{sha256},{path}"], run.OutLines);
    }

    [Fact]
    public async Task Folders_are_walked_in_path_order()
    {
        var run = await CliRun.RunAsync("hash", SharedTestData.Pdq("dih"));

        Assert.Equal(0, run.ExitCode);
        var paths = run.OutLines.Select(line => line.Split(',', 3)[2]).ToList();
        Assert.Equal(8, paths.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public async Task A_bad_file_is_reported_on_stderr_the_rest_are_hashed_and_the_exit_status_is_nonzero()
    {
        var corrupt = Path.Combine(_scratch, "truncated.jpg");
        var original = await File.ReadAllBytesAsync(SharedTestData.Pdq("dih", "bridge-1-original.jpg"));
        await File.WriteAllBytesAsync(corrupt, original.AsMemory(0, 5000));
        var good = SharedTestData.Pdq("labelme-subset", "q0122.jpg");
        var missing = Path.Combine(_scratch, "missing.png");

        var run = await CliRun.RunAsync("hash", corrupt, good, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutLines, line => line.EndsWith(good, StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith($"bulwark: {corrupt}:", StringComparison.Ordinal) && line.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith($"bulwark: {missing}: no such file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Low_quality_is_printed_and_warned_about_but_not_an_error()
    {
        var path = SharedTestData.Pdq("labelme-subset", "q0003.jpg");

        var run = await CliRun.RunAsync("hash", path);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith($",3,{path}", Assert.Single(run.OutLines), StringComparison.Ordinal);
        Assert.Contains("quality 3 is below 50", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decompression_bomb_guard_can_be_set_on_the_command_line()
    {
        var path = SharedTestData.Pdq("dih", "bridge-1-original.jpg");

        var run = await CliRun.RunAsync("hash", "--max-pixels", "1000", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over the limit of 1,000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_every_option()
    {
        var run = await CliRun.RunAsync("hash", "--help");

        foreach (var option in new[] { "--dihedral", "--md5", "--sha256", "--fast", "--exif", "--max-pixels", "--parallel", "pdqhex,quality,path" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }
}
