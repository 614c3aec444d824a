using System.Security.Cryptography;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Bulwark.Server.Gateway;

namespace Bulwark.Server.Tests.Support;

/// <summary>Casework storage for a gateway under test: a fresh SQLite file and a random evidence key.</summary>
internal sealed class TestStorage : IDisposable
{
    public TestStorage()
    {
        Directory = Path.Combine(Path.GetTempPath(), "bulwark-gateway-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public GatewayStorageOptions Options(bool requireApiKeys = false, IReadOnlyDictionary<string, string>? credentials = null) => new()
    {
        Database = new CaseworkStorageOptions { ConnectionString = $"Data Source={Path.Combine(Directory, "bulwark.db")};Pooling=False" },
        EvidenceKeys = new MasterKeyRing("test", new Dictionary<string, byte[]> { ["test"] = RandomNumberGenerator.GetBytes(32) }),
        RequireApiKeys = requireApiKeys,
        UpstreamCredentials = credentials ?? new Dictionary<string, string>(),
    };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the temp folder is cleaned by the OS.
        }
    }
}
