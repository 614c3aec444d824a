using Bulwark.Reporting.Outbox;

namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>Evidence held in memory by reference (benign bytes standing in for real evidence).</summary>
internal sealed class MemoryEvidence : IEvidenceOpener
{
    private readonly Dictionary<string, byte[]> _files = [];

    public void Add(string reference, byte[] bytes) => _files[reference] = bytes;

    public byte[] this[string reference] => _files[reference];

    public Task<Stream> OpenAsync(string reference, CancellationToken cancellationToken) =>
        _files.TryGetValue(reference, out var bytes)
            ? Task.FromResult<Stream>(new MemoryStream(bytes, writable: false))
            : throw new FileNotFoundException($"No evidence '{reference}'.");
}
