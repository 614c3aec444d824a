using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Casework.Evidence;

/// <summary>
/// AES-256-GCM envelope encryption. Content is sealed under a fresh random data key; the data key is sealed under a
/// master key. Associated data binds the content to its evidence id and media type, and the wrapped key to its
/// evidence id and master key id, so swapping ciphertexts or keys between rows fails authentication.
/// </summary>
internal static class EnvelopeCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int KeySize = 32;

    public static void Seal(EvidenceItem item, ReadOnlySpan<byte> plaintext, MasterKeyRing keys)
    {
        var dataKey = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var tag = new byte[TagSize];
            var ciphertext = new byte[plaintext.Length];
            using (var aes = new AesGcm(dataKey, TagSize))
            {
                aes.Encrypt(nonce, plaintext, ciphertext, tag, ContentData(item));
            }

            item.Nonce = nonce;
            item.Tag = tag;
            item.Ciphertext = ciphertext;
            item.Size = plaintext.Length;
            item.PlaintextSha256 = SHA256.HashData(plaintext);
            Wrap(item, dataKey, keys);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    public static byte[] Open(EvidenceItem item, MasterKeyRing keys)
    {
        var dataKey = Unwrap(item, keys);
        try
        {
            var plaintext = new byte[item.Ciphertext.Length];
            try
            {
                using var aes = new AesGcm(dataKey, TagSize);
                aes.Decrypt(item.Nonce, item.Ciphertext, item.Tag, plaintext, ContentData(item));
            }
            catch (Exception exception) when (exception is AuthenticationTagMismatchException or ArgumentException)
            {
                throw new EvidenceIntegrityException(
                    $"Evidence {item.Id} failed authentication (AES-GCM tag mismatch): its ciphertext or metadata was altered.", exception);
            }

            if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(plaintext), item.PlaintextSha256))
            {
                throw new EvidenceIntegrityException($"Evidence {item.Id} decrypted, but its SHA-256 does not match the stored digest.");
            }

            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Re-wraps the data key under the active master key; the content is not touched.</summary>
    public static void Rewrap(EvidenceItem item, MasterKeyRing keys)
    {
        var dataKey = Unwrap(item, keys);
        try
        {
            Wrap(item, dataKey, keys);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static void Wrap(EvidenceItem item, byte[] dataKey, MasterKeyRing keys)
    {
        item.MasterKeyId = keys.ActiveKeyId;
        var wrapped = new byte[NonceSize + KeySize + TagSize];
        var nonce = wrapped.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Key(item.MasterKeyId), TagSize);
        aes.Encrypt(nonce, dataKey, wrapped.AsSpan(NonceSize, KeySize), wrapped.AsSpan(NonceSize + KeySize, TagSize), KeyData(item));
        item.WrappedKey = wrapped;
    }

    private static byte[] Unwrap(EvidenceItem item, MasterKeyRing keys)
    {
        var masterKey = keys.Key(item.MasterKeyId);
        if (item.WrappedKey is not { Length: NonceSize + KeySize + TagSize })
        {
            throw new EvidenceIntegrityException($"Evidence {item.Id} has a malformed wrapped key.");
        }

        var dataKey = new byte[KeySize];
        try
        {
            using var aes = new AesGcm(masterKey, TagSize);
            var wrapped = item.WrappedKey.AsSpan();
            aes.Decrypt(wrapped[..NonceSize], wrapped.Slice(NonceSize, KeySize), wrapped.Slice(NonceSize + KeySize, TagSize), dataKey, KeyData(item));
            return dataKey;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new EvidenceIntegrityException(
                $"Evidence {item.Id}: the data key does not open under master key '{item.MasterKeyId}' (AES-GCM tag mismatch): the wrong key is configured under that id, or the wrapped key was altered.",
                exception);
        }
    }

    private static byte[] ContentData(EvidenceItem item) =>
        Encoding.UTF8.GetBytes($"bulwark-evidence-v1\n{item.Id:N}\n{item.ContentType}");

    private static byte[] KeyData(EvidenceItem item) =>
        Encoding.UTF8.GetBytes($"bulwark-datakey-v1\n{item.Id:N}\n{item.MasterKeyId}");
}
