namespace Bulwark.Reporting.Outbox;

/// <summary>Where one file of a report is.</summary>
public enum FileState
{
    Pending,

    /// <summary>Upload was sent; no answer recorded.</summary>
    Uploading,

    Uploaded,

    /// <summary>File details were sent; no answer recorded.</summary>
    Describing,

    Described,
}
