namespace Bulwark.Scanning.Running;

/// <summary>The scan cannot start as asked (no inputs, output folder holds another scan, resume with other settings).</summary>
public sealed class ScanSetupException : Exception
{
    public ScanSetupException()
    {
    }

    public ScanSetupException(string message)
        : base(message)
    {
    }

    public ScanSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
