namespace Bulwark.Reporting.Outbox;

/// <summary>Opens an evidence file's bytes by its reference, every time the outbox needs them (after a restart too).</summary>
public interface IEvidenceOpener
{
    /// <summary>A readable stream of the evidence; the caller disposes it. Throws when the evidence is gone.</summary>
    Task<Stream> OpenAsync(string reference, CancellationToken cancellationToken);
}
