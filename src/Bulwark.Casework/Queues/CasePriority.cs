namespace Bulwark.Casework.Queues;

/// <summary>The default priorities, most urgent first. Lower numbers are claimed first.</summary>
public static class CasePriority
{
    /// <summary>A match against a bank of known images.</summary>
    public const int KnownImage = 0;

    /// <summary>A classifier's solicitation or acquisition finding.</summary>
    public const int Solicitation = 1;

    /// <summary>Grooming or sextortion.</summary>
    public const int Grooming = 2;

    /// <summary>Any other category.</summary>
    public const int Other = 3;

    /// <summary>A report by a user, not yet confirmed by a detector.</summary>
    public const int UserReport = 4;
}
