namespace Bulwark.Casework.Evidence;

/// <summary>
/// The vault's master keys, each 32 bytes under an id. New evidence is sealed under <see cref="ActiveKeyId"/>;
/// the others stay to open older evidence until <see cref="EvidenceVault.RotateAsync"/> has re-wrapped it.
/// Text form (file or environment): one key per line (or separated by <c>;</c>) as <c>id:base64</c>, or a bare
/// base64 key whose id is <c>default</c>; lines starting with <c>#</c> are comments; the <em>last</em> key is the
/// active one, so rotation appends a line.
/// Generate a key with <c>openssl rand -base64 32</c>.
/// </summary>
public sealed class MasterKeyRing
{
    /// <summary>The environment variable holding keys in the text form.</summary>
    public const string KeysVariable = "BULWARK_EVIDENCE_KEYS";

    /// <summary>The environment variable naming a file holding keys in the text form.</summary>
    public const string KeyFileVariable = "BULWARK_EVIDENCE_KEY_FILE";

    private readonly Dictionary<string, byte[]> _keys;

    /// <summary>Creates a ring from keys by id; <paramref name="activeKeyId"/> must be among them.</summary>
    /// <exception cref="ArgumentException">A key is not 32 bytes, an id is empty, or the active id is missing.</exception>
    public MasterKeyRing(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, key) in keys)
        {
            if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
            {
                throw new ArgumentException("A master key id must be 1 to 64 characters.", nameof(keys));
            }

            if (key is not { Length: 32 })
            {
                throw new ArgumentException($"Master key '{id}' must be exactly 32 bytes (base64 of 32 random bytes), not {key?.Length ?? 0}.", nameof(keys));
            }

            _keys[id] = key.ToArray();
        }

        if (!_keys.ContainsKey(activeKeyId))
        {
            throw new ArgumentException($"The active master key '{activeKeyId}' is not among the keys.", nameof(activeKeyId));
        }

        ActiveKeyId = activeKeyId;
    }

    /// <summary>The id new evidence is sealed under.</summary>
    public string ActiveKeyId { get; }

    /// <summary>The ids of every key held.</summary>
    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    /// <summary>Parses the text form (see the type's remarks).</summary>
    /// <exception cref="FormatException">No keys, a key that is not base64, or a duplicate id.</exception>
    public static MasterKeyRing Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? last = null;
        var entries = text.Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .SelectMany(line => line.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var raw in entries)
        {

            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            var id = colon < 0 ? "default" : raw[..colon].Trim();
            byte[] key;
            try
            {
                key = Convert.FromBase64String(colon < 0 ? raw : raw[(colon + 1)..].Trim());
            }
            catch (FormatException)
            {
                // The message must not echo the line: it is a secret.
                throw new FormatException($"Master key '{id}' is not valid base64.");
            }

            if (!keys.TryAdd(id, key))
            {
                throw new FormatException($"Master key id '{id}' appears twice.");
            }

            last = id;
        }

        if (last is null)
        {
            throw new FormatException("No master key given: expected lines of 'id:base64-of-32-bytes'.");
        }

        try
        {
            return new MasterKeyRing(last, keys);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException(exception.Message, exception);
        }
    }

    /// <summary>Reads the text form from a file.</summary>
    public static async Task<MasterKeyRing> FromFileAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Reads the key file at <paramref name="path"/>, or, when it does not exist, creates it with one new random key
    /// (id <c>k</c> and the UTC date) readable only by the current user. For the two-command start: a gateway with
    /// no configured key still encrypts its evidence. Back the file up: evidence sealed under a lost key is lost.
    /// </summary>
    public static async Task<MasterKeyRing> LoadOrCreateFileAsync(string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        if (!File.Exists(path))
        {
            var id = "k" + time.GetUtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            var line = $"# Bulwark evidence master keys: id:base64 (32 bytes); the last line is active.\n{id}:{Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}\n";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options);
                await using (writer.ConfigureAwait(false))
                {
                    await writer.WriteAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }

        return await FromFileAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Keys from <see cref="KeysVariable"/>, else from the file named by <see cref="KeyFileVariable"/>; null when
    /// neither is set.
    /// </summary>
    public static MasterKeyRing? FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(KeysVariable) is { Length: > 0 } text)
        {
            return Parse(text);
        }

        return Environment.GetEnvironmentVariable(KeyFileVariable) is { Length: > 0 } path
            ? Parse(File.ReadAllText(path))
            : null;
    }

    internal byte[] Key(string id) =>
        _keys.TryGetValue(id, out var key)
            ? key
            : throw new EvidenceIntegrityException($"Master key '{id}' is not configured; add it to the key ring to open evidence sealed under it.");
}
