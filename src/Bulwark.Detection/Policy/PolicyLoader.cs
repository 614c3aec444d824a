using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Detection.Policy;

/// <summary>
/// Loads a policy from YAML and validates it: unknown and duplicate fields, missing required fields, thresholds
/// outside [0, 1] or inverted, unknown categories, surfaces, actions and references, message sets without a
/// default locale. All problems are reported together in a <see cref="PolicyValidationException"/>, each with its
/// YAML path and line. Thread-safe and stateless apart from its options.
/// </summary>
public sealed class PolicyLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PolicyLoaderOptions _options;

    public PolicyLoader()
        : this(PolicyLoaderOptions.Default)
    {
    }

    public PolicyLoader(PolicyLoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>
    /// Loads the shipped default policy (policy/child-safety.yaml, embedded in this assembly at build time), so a
    /// command or service has a policy without a file. Its content hash is that of the file.
    /// </summary>
    public ScreeningPolicy LoadDefault()
    {
        using var stream = typeof(PolicyLoader).Assembly.GetManifestResourceStream("Bulwark.Detection.Policy.child-safety.yaml")
            ?? throw new InvalidOperationException("The default policy is not embedded in Bulwark.Detection.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "policy/child-safety.yaml (built in)");
    }

    /// <summary>Reads and loads the policy file at <paramref name="path"/>.</summary>
    /// <exception cref="PolicyValidationException">The file is not a valid policy.</exception>
    /// <exception cref="IOException">The file cannot be read (including <see cref="FileNotFoundException"/>).</exception>
    public async Task<ScreeningPolicy> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var length = new FileInfo(path).Length;
        if (length > _options.MaxBytes)
        {
            throw TooLarge(path, length);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Load(bytes, path);
    }

    /// <summary>Loads a policy from the UTF-8 bytes of a policy file.</summary>
    /// <param name="utf8">The file's bytes; a UTF-8 byte-order mark and CRLF line endings are accepted.</param>
    /// <param name="sourceName">Names the policy in error messages (usually its path).</param>
    /// <exception cref="PolicyValidationException">The bytes are not a valid policy.</exception>
    public ScreeningPolicy Load(ReadOnlySpan<byte> utf8, string sourceName = "policy")
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (utf8.Length > _options.MaxBytes)
        {
            throw TooLarge(sourceName, utf8.Length);
        }

        var canonical = Canonicalise(utf8);
        var errors = new List<PolicyError>();
        string text;
        try
        {
            text = StrictUtf8.GetString(canonical);
        }
        catch (DecoderFallbackException exception)
        {
            errors.Add(new PolicyError("", 0, 0, $"The file is not valid UTF-8 (bad byte at offset {exception.Index})."));
            throw new PolicyValidationException(sourceName, errors);
        }

        var root = YamlTreeReader.Read(text, errors);
        var policy = root is null ? null : new PolicyDocumentReader(errors).Read(root, Convert.ToHexStringLower(SHA256.HashData(canonical)));
        if (policy is null || errors.Count > 0)
        {
            throw new PolicyValidationException(sourceName, [.. errors.OrderBy(error => error.Line).ThenBy(error => error.Column)]);
        }

        return policy;
    }

    /// <summary>Loads a policy from YAML text (hashed as its UTF-8 encoding).</summary>
    /// <exception cref="PolicyValidationException">The text is not a valid policy.</exception>
    public ScreeningPolicy Load(string yaml, string sourceName = "policy")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Load(Encoding.UTF8.GetBytes(yaml), sourceName);
    }

    /// <summary>
    /// The bytes the content hash is taken over: the file without a UTF-8 byte-order mark and with CRLF and lone CR
    /// line endings turned into LF, so a checkout on any platform hashes alike while every meaningful edit changes the hash.
    /// </summary>
    internal static byte[] Canonicalise(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var canonical = new byte[utf8.Length];
        var length = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\r')
            {
                canonical[length++] = (byte)'\n';
                if (i + 1 < utf8.Length && utf8[i + 1] == (byte)'\n')
                {
                    i++;
                }
            }
            else
            {
                canonical[length++] = utf8[i];
            }
        }

        return canonical[..length];
    }

    private PolicyValidationException TooLarge(string source, long length) =>
        new(source, [new PolicyError("", 0, 0, $"The file is {length:N0} bytes, over the limit of {_options.MaxBytes:N0}.")]);
}
