using System.Security.Cryptography;
using Bulwark.Detection.Hashing.Pdq;
using Bulwark.Detection.Imaging;
using Bulwark.Scanning.Records;

namespace Bulwark.Scanning.Checks;

/// <summary>
/// Computes, once per record, what the image checks compare: the MD5 and SHA-256 of the image bytes (each only when a
/// bank holds that kind of hash) and the PDQ query hashes of the decoded image (when a bank holds PDQ hashes). An image that cannot be decoded
/// while PDQ banks are loaded is a problem, not a pass: it cannot be shown to be unlisted.
/// </summary>
internal sealed class RecordExaminer(bool md5, bool sha256, PdqQueryHasher? pdq, ImageDecoder decoder)
{
    public RecordEvidence Examine(DatasetRecord record)
    {
        var evidence = new RecordEvidence();
        if (record.Image is not { Length: > 0 } image)
        {
            return evidence;
        }

        if (md5)
        {
            // MD5 identifies list entries (NCMEC and others publish MD5s); nothing here relies on it being collision-free.
#pragma warning disable CA5351
            evidence.Md5 = Convert.ToHexStringLower(MD5.HashData(image.Span));
#pragma warning restore CA5351
        }

        if (sha256)
        {
            evidence.Sha256 = Convert.ToHexStringLower(SHA256.HashData(image.Span));
        }

        if (pdq is not null)
        {
            try
            {
                using var decoded = decoder.Decode(image.Span);
                evidence.PdqQueries = pdq.Hash(decoded);
            }
            catch (ImageDecodeException e)
            {
                evidence.Problem = "undecodable image: " + e.Message;
            }
        }

        return evidence;
    }
}
