using System.Globalization;
using Bulwark.Detection.Policy;

namespace Bulwark.Casework.Enforcement;

/// <summary>Writes the plain-language statement of reasons each enforcement action carries.</summary>
internal static class StatementOfReasons
{
    public static string Write(EnforcementKind kind, PolicyCategory category, ViolationSource source, DateTimeOffset? endsAt, int violationNumber, bool immediate)
    {
        var measure = kind switch
        {
            EnforcementKind.Warning => "This is a warning. Your account can still be used",
            EnforcementKind.Strike => "A strike has been recorded on your account. Your account can still be used",
            EnforcementKind.Suspension => string.Create(CultureInfo.InvariantCulture, $"Your account is suspended until {endsAt:yyyy-MM-dd HH:mm} UTC"),
            _ => "Your account is permanently banned",
        };
        var how = source switch
        {
            ViolationSource.Automated => "This was decided automatically by content screening",
            ViolationSource.ReviewerConfirmed => "A human reviewer looked at the content and confirmed the violation",
            _ => "The content exactly matched material already confirmed as illegal",
        };
        var why = immediate
            ? "The policy bans at once for a confirmed violation of this kind."
            : string.Create(CultureInfo.InvariantCulture, $"This is violation number {violationNumber} on your account; repeated violations lead to stronger measures, up to a permanent ban.");
        return $"{measure}. Reason: content from your account violated the policy on {category.Description.TrimEnd('.')} (category '{category.Id}'). {how}. {why} You can appeal this decision.";
    }
}
