namespace Bulwark.Casework.Cases;

/// <summary>Whether a case still waits for a decision.</summary>
public enum CaseStatus
{
    /// <summary>In a queue: new items about its subject join it.</summary>
    Open,

    /// <summary>Decided; the subject's next item opens a new case.</summary>
    Closed,
}
