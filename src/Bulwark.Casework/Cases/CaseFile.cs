using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Reports;

namespace Bulwark.Casework.Cases;

/// <summary>Everything a reviewer needs on one page: the case, its incidents and reports, its decisions, and the subject's history.</summary>
/// <param name="Case">The case.</param>
/// <param name="Incidents">Its incidents with their findings, oldest first.</param>
/// <param name="Reports">Its user reports, oldest first.</param>
/// <param name="Decisions">Decisions taken on it (an escalation, then the final one).</param>
/// <param name="EnforcementHistory">Every enforcement action on the subject's account, reversed ones included.</param>
/// <param name="PriorCases">The subject's earlier, closed cases, newest first.</param>
public sealed record CaseFile(
    ReviewCase Case,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<UserReport> Reports,
    IReadOnlyList<CaseDecision> Decisions,
    IReadOnlyList<EnforcementAction> EnforcementHistory,
    IReadOnlyList<ReviewCase> PriorCases);
