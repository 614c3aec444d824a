namespace Bulwark.Scanning.Formats;

/// <summary>A shard cannot be read as its format (truncated Parquet, corrupt tar, unsupported schema): it is skipped and reported.</summary>
public sealed class MalformedShardException : Exception
{
    public MalformedShardException()
    {
    }

    public MalformedShardException(string message)
        : base(message)
    {
    }

    public MalformedShardException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
