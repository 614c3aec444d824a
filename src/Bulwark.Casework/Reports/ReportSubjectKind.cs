namespace Bulwark.Casework.Reports;

/// <summary>What a user report is about.</summary>
public enum ReportSubjectKind
{
    /// <summary>One model response.</summary>
    Response,

    /// <summary>A whole conversation.</summary>
    Conversation,

    /// <summary>An image.</summary>
    Image,

    /// <summary>An end user's account.</summary>
    Account,
}
