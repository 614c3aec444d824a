namespace Bulwark.Reporting.Outbox;

/// <summary>Evidence references are file paths (relative ones under <paramref name="root"/>, when given).</summary>
public sealed class FileSystemEvidenceOpener(string? root = null) : IEvidenceOpener
{
    public Task<Stream> OpenAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var path = root is null ? Path.GetFullPath(reference) : Path.GetFullPath(reference, root);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Evidence file '{reference}' does not exist.", path);
        }

        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return Task.FromResult(stream);
    }
}
