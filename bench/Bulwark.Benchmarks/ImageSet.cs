namespace Bulwark.Benchmarks;

/// <summary>The encoded bytes of every JPEG in one folder, read into memory so timings exclude file I/O.</summary>
internal sealed class ImageSet
{
    private ImageSet(string name, IReadOnlyList<string> names, IReadOnlyList<byte[]> encoded)
    {
        Name = name;
        Names = names;
        Encoded = encoded;
    }

    public string Name { get; }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<byte[]> Encoded { get; }

    public int Count => Encoded.Count;

    public static ImageSet Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.jpg").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No *.jpg files in {directory}.");
        }

        return new ImageSet(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)),
            files.Select(Path.GetFileName).Select(name => name!).ToArray(),
            files.Select(File.ReadAllBytes).ToArray());
    }
}
