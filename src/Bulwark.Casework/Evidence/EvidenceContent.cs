namespace Bulwark.Casework.Evidence;

/// <summary>Decrypted, verified evidence.</summary>
/// <param name="Id">The evidence id.</param>
/// <param name="Content">The plaintext bytes.</param>
/// <param name="ContentType">The media type.</param>
public sealed record EvidenceContent(Guid Id, ReadOnlyMemory<byte> Content, string ContentType);
