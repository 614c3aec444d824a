using System.Globalization;
using System.Text;
using Bulwark.Reporting.Cases;
using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Building;

/// <summary>
/// Maps a confirmed case to a CyberTipline report: the incident type and annotations from the reviewer's categories,
/// the subject as the reported user, the conversation as a chat incident, and every evidence file with its details —
/// <c>generativeAi</c> on files a model produced or that were judged AI-generated.
/// </summary>
public sealed class CyberTiplineReportBuilder
{
    /// <summary>Placeholder file id in built file details, replaced by NCMEC's id after upload.</summary>
    public const string PendingFileId = "pending";

    private readonly ReportBuilderOptions _options;
    private readonly TimeProvider _time;

    public CyberTiplineReportBuilder(ReportBuilderOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Reporter.ReportingPerson.Emails.Any(email => !string.IsNullOrWhiteSpace(email.Address)))
        {
            throw new ArgumentException("The reporter needs an e-mail address: NCMEC requires one for the reporting person.", nameof(options));
        }

        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The report for <paramref name="confirmed"/>; an <see cref="ArgumentException"/> when it is not reportable.</summary>
    public BuiltReport Build(ConfirmedCase confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        var (type, annotations) = Classify(confirmed);
        var incidentAt = IncidentTime(confirmed);
        var report = new CyberTiplineReport
        {
            IncidentSummary = new IncidentSummary
            {
                Type = type,
                Platform = _options.Platform,
                EscalateToHighPriority = confirmed.Escalation,
                Annotations = annotations | (confirmed.MinorToMinor ? ReportAnnotations.MinorToMinorInteraction : ReportAnnotations.None),
                IncidentDateTime = incidentAt,
                IncidentDateTimeDescription = $"When Bulwark's gateway recorded the {confirmed.Gateway.Surface}.",
            },
            InternetDetails =
            [
                new ChatImIncident
                {
                    ChatClient = confirmed.Gateway.Model is { } model ? $"{_options.Platform} (model {model})" : _options.Platform,
                    Content = confirmed.ConversationExcerpt,
                    AdditionalInfo = $"Generative-AI service; content surface: {confirmed.Gateway.Surface}.",
                },
            ],
            Reporter = _options.Reporter,
            ReportedPeople = [ReportedUser(confirmed.Subject)],
            AdditionalInfo = AdditionalInfo(confirmed),
        };
        var files = confirmed.Evidence.Select(evidence => new BuiltFile(evidence, Details(evidence))).ToList();
        return new BuiltReport(confirmed.CaseId, report, files);
    }

    private static (IncidentType Type, ReportAnnotations Annotations) Classify(ConfirmedCase confirmed)
    {
        if (confirmed.Categories.Count == 0)
        {
            throw new ArgumentException($"Case {confirmed.CaseId} has no decided category.", nameof(confirmed));
        }

        var mapped = confirmed.Categories.Select(CaseCategories.Mapping).OfType<(IncidentType Type, ReportAnnotations Annotations)>().ToList();
        if (mapped.Count == 0)
        {
            throw new ArgumentException(
                $"Case {confirmed.CaseId} is not reportable to NCMEC: its categories ({string.Join(", ", confirmed.Categories)}) are not child sexual exploitation.",
                nameof(confirmed));
        }

        // One incident type per report: enticement wins, because it means a child in contact with the subject now;
        // the CSAM annotations are kept so nothing the reviewer decided is lost.
        var type = mapped.Any(m => m.Type == IncidentType.OnlineEnticement) ? IncidentType.OnlineEnticement : IncidentType.ChildPornography;
        var annotations = mapped.Aggregate(ReportAnnotations.None, (all, m) => all | m.Annotations);
        return (type, annotations);
    }

    private DateTimeOffset IncidentTime(ConfirmedCase confirmed)
    {
        var at = confirmed.Gateway.At;
        if (at > _time.GetUtcNow())
        {
            throw new ArgumentException($"Case {confirmed.CaseId}'s incident time {at:O} is in the future; NCMEC requires a past time.", nameof(confirmed));
        }

        return at;
    }

    private static ReportedPerson ReportedUser(CaseSubject subject)
    {
        if (string.IsNullOrWhiteSpace(subject.UserId))
        {
            throw new ArgumentException("The case subject has no user id.", nameof(subject));
        }

        return new ReportedPerson
        {
            Person = subject.Email is { } email ? new Person { Emails = [new Email { Address = email }] } : null,
            Account = new UserAccount
            {
                EspIdentifier = subject.UserId,
                EspService = subject.Tenant,
                ScreenName = subject.ScreenName,
                DisplayNames = subject.DisplayName is { } display ? [display] : [],
                IpCaptureEvents = subject.IpAddresses.Select(ip => new IpCaptureEvent
                {
                    IpAddress = ip.Address,
                    EventName = EventName(ip.Event),
                    DateTime = ip.SeenAt,
                    Port = ip.Port,
                }).ToList(),
                DeviceIds = subject.Devices.Select(device => new DeviceId
                {
                    IdType = device.Type,
                    IdValue = device.Value,
                    DateTime = device.SeenAt,
                }).ToList(),
                TemporarilyDisabled = subject.SuspendedAt is { } suspended && subject.BannedAt is null
                    ? new AccountDisabled { DisabledAt = suspended, UserNotified = subject.UserNotified }
                    : null,
                PermanentlyDisabled = subject.BannedAt is { } banned
                    ? new AccountDisabled { DisabledAt = banned, UserNotified = subject.UserNotified }
                    : null,
            },
        };
    }

    private static IpCaptureType? EventName(string? name) => name switch
    {
        null => null,
        _ when Enum.TryParse<IpCaptureType>(name, ignoreCase: true, out var parsed) => parsed,
        _ => IpCaptureType.Other,
    };

    private FileDetails Details(EvidenceFile evidence)
    {
        if (string.IsNullOrWhiteSpace(evidence.FileName) || evidence.FileName.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new ArgumentException($"Evidence file name '{evidence.FileName}' must be a plain name without a path.", nameof(evidence));
        }

        var hashes = new List<OriginalFileHash>();
        if (evidence.Md5 is { } md5)
        {
            hashes.Add(new OriginalFileHash("MD5", md5.ToLowerInvariant()));
        }

        if (evidence.Sha256 is { } sha256)
        {
            hashes.Add(new OriginalFileHash("SHA256", sha256.ToLowerInvariant()));
        }

        var annotations = evidence.IsModelOutput || evidence.JudgedAiGenerated ? FileAnnotations.GenerativeAi : FileAnnotations.None;
        return new FileDetails
        {
            ReportId = 0,
            FileId = PendingFileId,
            FileName = evidence.FileName,
            OriginalFileName = evidence.FileName,
            UploadedToEspAt = evidence.UploadedAt,
            FileViewedByEsp = evidence.ViewedByReviewer,
            Relevance = evidence.Supplemental ? FileRelevance.SupplementalReported : FileRelevance.Reported,
            Annotations = annotations,
            IndustryClassification = Classification(evidence),
            OriginalFileHashes = hashes,
            AdditionalInfo = evidence.IsModelOutput ? ["The file is output of the provider's generative-AI model."] : [],
        };
    }

    private IndustryClassification? Classification(EvidenceFile evidence)
    {
        if (evidence.IndustryClassification is not { } value || !_options.IndustryMouSignatory || evidence.Supplemental)
        {
            return null;
        }

        return Enum.TryParse<IndustryClassification>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"Industry classification '{value}' is not one of A1, A2, B1, B2.", nameof(evidence));
    }

    private static string AdditionalInfo(ConfirmedCase confirmed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Provider case {confirmed.CaseId}, confirmed by a reviewer at {confirmed.DecidedAt:O}. ");
        text.Append(CultureInfo.InvariantCulture, $"Policy categories: {string.Join(", ", confirmed.Categories)}.");
        if (confirmed.ReviewerSummary is { } summary)
        {
            text.Append(' ').Append(summary);
        }

        return text.ToString();
    }
}
