namespace Bulwark.Casework.Enforcement;

/// <summary>How a violation was established; decides whether the policy's <c>immediate_ban</c> may apply.</summary>
public enum ViolationSource
{
    /// <summary>
    /// A machine decision alone, e.g. the gateway blocked a request on a classifier score or a PDQ near match. Climbs
    /// the ladder but never triggers an immediate ban: a classifier can be wrong, and a permanent ban on its word
    /// alone would punish false positives with no human in the loop.
    /// </summary>
    Automated,

    /// <summary>A reviewer looked at the content and confirmed the violation.</summary>
    ReviewerConfirmed,

    /// <summary>
    /// An exact (cryptographic: MD5 or SHA-256) match against a bank of known material. Like a reviewer's
    /// confirmation, an exact match identifies content already confirmed by people, so it may ban at once.
    /// </summary>
    ExactKnownHashMatch,
}
