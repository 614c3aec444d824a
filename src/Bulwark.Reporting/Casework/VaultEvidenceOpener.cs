using Bulwark.Casework.Evidence;
using Bulwark.Reporting.Outbox;

namespace Bulwark.Reporting.Casework;

/// <summary>
/// Opens evidence from casework's encrypted vault by its id (the <see cref="Cases.EvidenceFile.Reference"/>). Every
/// read is audited by the vault, with the actor and the purpose "report".
/// </summary>
public sealed class VaultEvidenceOpener(EvidenceVault vault, string actor) : IEvidenceOpener
{
    public async Task<Stream> OpenAsync(string reference, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(reference, out var id))
        {
            throw new FileNotFoundException($"'{reference}' is not an evidence id.");
        }

        var content = await vault.ReadAsync(id, actor, "report", cancellationToken).ConfigureAwait(false)
            ?? throw new FileNotFoundException($"Evidence {id} is no longer in the vault.");
        return new MemoryStream(content.Content.ToArray(), writable: false);
    }
}
