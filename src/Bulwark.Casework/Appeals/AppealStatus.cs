namespace Bulwark.Casework.Appeals;

/// <summary>Where an appeal stands.</summary>
public enum AppealStatus
{
    /// <summary>Waiting for a reviewer other than the one who decided.</summary>
    Pending,

    /// <summary>The action stands.</summary>
    Upheld,

    /// <summary>The action was reversed.</summary>
    Reversed,
}
