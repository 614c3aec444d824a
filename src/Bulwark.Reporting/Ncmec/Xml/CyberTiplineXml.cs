using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Bulwark.Reporting.Ncmec.Model;

namespace Bulwark.Reporting.Ncmec.Xml;

/// <summary>
/// Writes reports and file details as NCMEC's XML, element by element in the schema's order (the schema is mostly
/// <c>xs:sequence</c>, so order is meaning). Rules the schema cannot express but NCMEC documents are checked here and
/// break with an <see cref="ArgumentException"/> naming the rule, before anything is sent.
/// </summary>
public static class CyberTiplineXml
{
    /// <summary>The <c>report</c> document for <c>/submit</c>.</summary>
    public static XDocument Report(CyberTiplineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        CheckReport(report);
        var root = new XElement("report");
        if (report.BatchedReason is { } reason)
        {
            root.Add(new XElement("batchedReport", new XAttribute("reason", reason switch
            {
                BatchedReportReason.ViralPotentialMeme => "VIRAL_POTENTIAL_MEME",
                _ => throw new ArgumentOutOfRangeException(nameof(report), reason, "Unknown batched report reason."),
            })));
        }

        root.Add(IncidentSummary(report.IncidentSummary));
        foreach (var details in report.InternetDetails)
        {
            root.Add(new XElement("internetDetails", InternetDetails(details)));
        }

        if (report.LawEnforcement is { } lawEnforcement)
        {
            root.Add(LawEnforcement(lawEnforcement));
        }

        root.Add(Reporter(report.Reporter));
        foreach (var reported in report.ReportedPeople)
        {
            root.Add(ReportedPerson(reported));
        }

        foreach (var recipient in report.IntendedRecipients)
        {
            root.Add(IntendedRecipient(recipient));
        }

        foreach (var victim in report.Victims)
        {
            root.Add(Victim(victim));
        }

        root.Add(Text("additionalInfo", report.AdditionalInfo));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>The <c>fileDetails</c> document for <c>/fileinfo</c>.</summary>
    public static XDocument FileDetails(FileDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckFile(details);
        var root = new XElement(
            "fileDetails",
            new XElement("reportId", details.ReportId),
            new XElement("fileId", details.FileId),
            Text("fileName", details.FileName),
            Text("originalFileName", details.OriginalFileName),
            Time("uploadedToEspTimestamp", details.UploadedToEspAt),
            Text("locationOfFile", details.LocationOfFile),
            Flag("fileViewedByEsp", details.FileViewedByEsp),
            Flag("exifViewedByEsp", details.ExifViewedByEsp),
            Flag("publiclyAvailable", details.PubliclyAvailable),
            details.Relevance is { } relevance
                ? new XElement("fileRelevance", relevance == FileRelevance.Reported ? "Reported" : "Supplemental Reported")
                : null,
            FileAnnotations(details.Annotations),
            details.IndustryClassification is { } classification ? new XElement("industryClassification", classification.ToString()) : null,
            details.OriginalFileHashes.Select(hash => new XElement("originalFileHash", new XAttribute("hashType", hash.HashType), hash.Value)),
            details.IpCaptureEvent is { } ip ? IpCaptureEvent(ip) : null,
            details.DeviceIds.Select(DeviceId),
            details.Details.Select(FileMetadata),
            details.AdditionalInfo.Select(info => new XElement("additionalInfo", info)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>The document as UTF-8 text with its declaration, the way it is sent.</summary>
    public static string ToText(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string Date(DateTimeOffset value) => XmlConvert.ToString(value, "yyyy-MM-dd'T'HH:mm:ss.fffzzz");

    private static void CheckReport(CyberTiplineReport report)
    {
        if (!report.Reporter.ReportingPerson.Emails.Any(email => !string.IsNullOrWhiteSpace(email.Address)))
        {
            throw new ArgumentException("NCMEC requires an e-mail address for the reporting person (reporter/reportingPerson/email).", nameof(report));
        }

        if (report.Victims.Any(victim => victim.Account.GroupIdentifier is not null))
        {
            throw new ArgumentException("The schema has no groupIdentifier for a victim; leave it unset.", nameof(report));
        }

        if (report.BatchedReason is not null && !report.ReportedPeople.All(OnlyEspIdentifier))
        {
            throw new ArgumentException("A batched report may name reported people by espIdentifier only.", nameof(report));
        }
    }

    private static bool OnlyEspIdentifier(ReportedPerson person)
    {
        var account = person.Account;
        return person.Person is null && person.VehicleDescription is null && person.ThirdPartyUserReported is null &&
            account.EspService is null && account.CompromisedAccount is null && account.ScreenName is null &&
            account.DisplayNames.Count == 0 && account.ProfileUrls.Count == 0 && account.ProfileBio is null &&
            account.IpCaptureEvents.Count == 0 && account.DeviceIds.Count == 0 && account.PriorCyberTiplineReports.Count == 0 &&
            account.GroupIdentifier is null && account.TemporarilyDisabled is null && account.PermanentlyDisabled is null &&
            account.EstimatedLocation is null && account.AllEmailsReported is null && account.AdditionalInfo is null;
    }

    private static void CheckFile(FileDetails details)
    {
        if (details.ExifViewedByEsp == true && details.FileViewedByEsp != true)
        {
            throw new ArgumentException("exifViewedByEsp true requires fileViewedByEsp true.", nameof(details));
        }

        if (details.Relevance == FileRelevance.SupplementalReported &&
            (details.Annotations.HasFlag(Model.FileAnnotations.PotentialMeme) || details.IndustryClassification is not null))
        {
            throw new ArgumentException("A file of relevance 'Supplemental Reported' carries neither the potentialMeme annotation nor an industry classification.", nameof(details));
        }

        if (string.IsNullOrWhiteSpace(details.FileId))
        {
            throw new ArgumentException("fileDetails needs the fileId NCMEC gave the upload.", nameof(details));
        }
    }

    private static XElement IncidentSummary(IncidentSummary summary) => new(
        "incidentSummary",
        new XElement("incidentType", summary.Type.ToXml()),
        Text("platform", summary.Platform),
        Text("escalateToHighPriority", summary.EscalateToHighPriority),
        summary.Annotations == ReportAnnotations.None ? null : new XElement(
            "reportAnnotations",
            Marker("sextortion", summary.Annotations.HasFlag(ReportAnnotations.Sextortion)),
            Marker("csamSolicitation", summary.Annotations.HasFlag(ReportAnnotations.CsamSolicitation)),
            Marker("minorToMinorInteraction", summary.Annotations.HasFlag(ReportAnnotations.MinorToMinorInteraction)),
            Marker("spam", summary.Annotations.HasFlag(ReportAnnotations.Spam)),
            Marker("sadisticOnlineExploitation", summary.Annotations.HasFlag(ReportAnnotations.SadisticOnlineExploitation))),
        new XElement("incidentDateTime", Date(summary.IncidentDateTime)),
        Text("incidentDateTimeDescription", summary.IncidentDateTimeDescription));

    private static XElement InternetDetails(InternetDetails details) => details switch
    {
        WebPageIncident web => new XElement(
            "webPageIncident",
            web.ThirdPartyHostedContent is { } thirdParty ? new XAttribute("thirdPartyHostedContent", thirdParty) : null,
            web.Urls.Select(url => new XElement("url", url)),
            Text("additionalInfo", web.AdditionalInfo)),
        EmailIncident email => new XElement(
            "emailIncident",
            email.EmailAddresses.Select(address => Email("emailAddress", address)),
            Text("content", email.Content),
            Text("additionalInfo", email.AdditionalInfo)),
        NewsgroupIncident newsgroup => new XElement(
            "newsgroupIncident",
            Text("name", newsgroup.Name),
            newsgroup.EmailAddresses.Select(address => Email("emailAddress", address)),
            Text("content", newsgroup.Content),
            Text("additionalInfo", newsgroup.AdditionalInfo)),
        ChatImIncident chat => new XElement(
            "chatImIncident",
            Text("chatClient", chat.ChatClient),
            Text("chatRoomName", chat.ChatRoomName),
            Text("content", chat.Content),
            Text("additionalInfo", chat.AdditionalInfo)),
        OnlineGamingIncident gaming => new XElement(
            "onlineGamingIncident",
            Text("gameName", gaming.GameName),
            Text("console", gaming.Console),
            Text("content", gaming.Content),
            Text("additionalInfo", gaming.AdditionalInfo)),
        CellPhoneIncident phone => new XElement(
            "cellPhoneIncident",
            phone.PhoneNumber is { } number ? Phone("phoneNumber", number) : null,
            phone.Latitude is { } latitude ? new XElement("latitude", XmlConvert.ToString(latitude)) : null,
            phone.Longitude is { } longitude ? new XElement("longitude", XmlConvert.ToString(longitude)) : null,
            Text("additionalInfo", phone.AdditionalInfo)),
        NonInternetIncident offline => new XElement(
            "nonInternetIncident",
            Text("locationName", offline.LocationName),
            offline.IncidentAddresses.Select(address => Address("incidentAddress", address)),
            Text("additionalInfo", offline.AdditionalInfo)),
        PeerToPeerIncident p2p => new XElement(
            "peer2peerIncident",
            Text("client", p2p.Client),
            p2p.IpCaptureEvents.Select(IpCaptureEvent),
            Text("fileNames", p2p.FileNames),
            Text("additionalInfo", p2p.AdditionalInfo)),
        _ => throw new ArgumentOutOfRangeException(nameof(details), details.GetType().Name, "Unknown kind of internet details."),
    };

    private static XElement LawEnforcement(LawEnforcementContact contact) => new(
        "lawEnforcement",
        new XElement("agencyName", contact.AgencyName),
        Text("caseNumber", contact.CaseNumber),
        contact.OfficerContact is { } officer ? ContactPerson("officerContact", officer) : null,
        Flag("reportedToLe", contact.ReportedToLawEnforcement),
        Flag("servedLegalProcessDomestic", contact.ServedLegalProcessDomestic),
        contact.ServedLegalProcessInternational is { } international
            ? new XElement(
                "servedLegalProcessInternational",
                contact.ForeignAgencyCountry is { } country ? new XAttribute("fleaCountry", country) : null,
                XmlConvert.ToString(international))
            : null);

    private static XElement Reporter(Reporter reporter) => new(
        "reporter",
        Person("reportingPerson", reporter.ReportingPerson),
        reporter.ContactPerson is { } contact ? ContactPerson("contactPerson", contact) : null,
        Text("companyTemplate", reporter.CompanyTemplate),
        Text("termsOfService", reporter.TermsOfService),
        Text("legalURL", reporter.LegalUrl));

    private static XElement ReportedPerson(ReportedPerson reported)
    {
        var account = reported.Account;
        return new XElement(
            "personOrUserReported",
            reported.Person is { } person ? Person("personOrUserReportedPerson", person) : null,
            Text("vehicleDescription", reported.VehicleDescription),
            AccountHead(account),
            Flag("thirdPartyUserReported", reported.ThirdPartyUserReported),
            account.PriorCyberTiplineReports.Select(id => new XElement("priorCTReports", id)),
            Text("groupIdentifier", account.GroupIdentifier),
            AccountTail(account),
            Text("additionalInfo", account.AdditionalInfo));
    }

    private static XElement IntendedRecipient(IntendedRecipient recipient)
    {
        var account = recipient.Account;
        return new XElement(
            "intendedRecipient",
            recipient.Person is { } person ? Person("intendedRecipientPerson", person) : null,
            AccountHead(account),
            account.PriorCyberTiplineReports.Select(id => new XElement("priorCTReports", id)),
            Text("groupIdentifier", account.GroupIdentifier),
            AccountTail(account),
            Text("additionalInfo", account.AdditionalInfo));
    }

    private static XElement Victim(Victim victim)
    {
        var account = victim.Account;
        return new XElement(
            "victim",
            Person("victimPerson", victim.Person),
            AccountHead(account),
            Text("schoolName", victim.SchoolName),
            account.PriorCyberTiplineReports.Select(id => new XElement("priorCTReports", id)),
            AccountTail(account),
            Text("additionalInfo", account.AdditionalInfo));
    }

    // espIdentifier … deviceId: the same run of elements in all three account-bearing records.
    private static IEnumerable<XElement?> AccountHead(UserAccount account)
    {
        yield return Text("espIdentifier", account.EspIdentifier);
        yield return Text("espService", account.EspService);
        yield return Flag("compromisedAccount", account.CompromisedAccount);
        yield return Text("screenName", account.ScreenName);
        foreach (var name in account.DisplayNames)
        {
            yield return new XElement("displayName", name);
        }

        foreach (var url in account.ProfileUrls)
        {
            yield return new XElement("profileUrl", url);
        }

        yield return Text("profileBio", account.ProfileBio);
        foreach (var ip in account.IpCaptureEvents)
        {
            yield return IpCaptureEvent(ip);
        }

        foreach (var device in account.DeviceIds)
        {
            yield return DeviceId(device);
        }
    }

    // accountTemporarilyDisabled … allEmailsReported: again shared, in this order.
    private static IEnumerable<XElement?> AccountTail(UserAccount account)
    {
        if (account.TemporarilyDisabled is { } temporarily)
        {
            yield return Disabled("accountTemporarilyDisabled", temporarily, withReenabled: true);
        }

        if (account.PermanentlyDisabled is { } permanently)
        {
            if (permanently.ReenabledAt is not null)
            {
                throw new ArgumentException("A permanently disabled account has no re-enabled date.", nameof(account));
            }

            yield return Disabled("accountPermanentlyDisabled", permanently, withReenabled: false);
        }

        if (account.EstimatedLocation is { } location)
        {
            yield return new XElement(
                "estimatedLocation",
                location.Verified is { } verified ? new XAttribute("verified", verified) : null,
                location.Timestamp is { } timestamp ? new XAttribute("timestamp", Date(timestamp)) : null,
                Text("city", location.City),
                Text("region", location.Region),
                Text("countryCode", location.CountryCode));
        }

        yield return Flag("allEmailsReported", account.AllEmailsReported);
    }

    private static XElement Disabled(string name, AccountDisabled disabled, bool withReenabled) => new(
        name,
        disabled.DisabledAt is { } at ? new XAttribute("disabledDate", Date(at)) : null,
        disabled.UserNotified is { } notified ? new XAttribute("userNotified", notified) : null,
        disabled.UserNotifiedAt is { } notifiedAt ? new XAttribute("userNotifiedDate", Date(notifiedAt)) : null,
        withReenabled && disabled.ReenabledAt is { } reenabled ? new XAttribute("reenabledDate", Date(reenabled)) : null,
        "true");

    private static XElement Person(string name, Person person) => new(
        name,
        Text("firstName", person.FirstName),
        Text("lastName", person.LastName),
        person.Phones.Select(phone => Phone("phone", phone)),
        person.Emails.Select(email => Email("email", email)),
        person.Addresses.Select(address => Address("address", address)),
        person.Age is { } age ? new XElement("age", age) : null,
        person.DateOfBirth is { } birth ? new XElement("dateOfBirth", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);

    private static XElement ContactPerson(string name, ContactPerson person) => new(
        name,
        Text("firstName", person.FirstName),
        Text("lastName", person.LastName),
        person.Phones.Select(phone => Phone("phone", phone)),
        person.Emails.Select(email => Email("email", email)),
        person.Addresses.Select(address => Address("address", address)));

    private static XElement Address(string name, Address address) => new(
        name,
        address.Type is { } type ? new XAttribute("type", type.ToString()) : null,
        Text("address", address.Street),
        Text("city", address.City),
        Text("zipCode", address.ZipCode),
        Text("state", address.State),
        Text("nonUsaState", address.NonUsaState),
        Text("country", address.Country));

    private static XElement Email(string name, Email email) => new(
        name,
        email.Type is { } type ? new XAttribute("type", type.ToString()) : null,
        email.Verified is { } verified ? new XAttribute("verified", verified) : null,
        email.VerificationDate is { } date ? new XAttribute("verificationDate", Date(date)) : null,
        email.Address);

    private static XElement Phone(string name, Phone phone) => new(
        name,
        phone.Type is { } type ? new XAttribute("type", type.ToString()) : null,
        phone.Verified is { } verified ? new XAttribute("verified", verified) : null,
        phone.VerificationDate is { } date ? new XAttribute("verificationDate", Date(date)) : null,
        phone.CountryCallingCode is { } code ? new XAttribute("countryCallingCode", code) : null,
        phone.Extension is { } extension ? new XAttribute("extension", extension) : null,
        phone.Number);

    private static XElement IpCaptureEvent(IpCaptureEvent ip) => new(
        "ipCaptureEvent",
        new XElement("ipAddress", ip.IpAddress),
        ip.EventName is { } eventName ? new XElement("eventName", eventName.ToString()) : null,
        Time("dateTime", ip.DateTime),
        Flag("possibleProxy", ip.PossibleProxy),
        ip.Port is { } port ? new XElement("port", port) : null);

    private static XElement DeviceId(DeviceId device) => new(
        "deviceId",
        new XElement("idType", device.IdType),
        new XElement("idValue", device.IdValue),
        device.EventName is { } eventName ? new XElement("eventName", eventName.ToString()) : null,
        Time("dateTime", device.DateTime));

    private static XElement? FileAnnotations(FileAnnotations annotations) => annotations == Model.FileAnnotations.None
        ? null
        : new XElement(
            "fileAnnotations",
            Marker("animeDrawingVirtualHentai", annotations.HasFlag(Model.FileAnnotations.AnimeDrawingVirtualHentai)),
            Marker("potentialMeme", annotations.HasFlag(Model.FileAnnotations.PotentialMeme)),
            Marker("viral", annotations.HasFlag(Model.FileAnnotations.Viral)),
            Marker("possibleSelfProduction", annotations.HasFlag(Model.FileAnnotations.PossibleSelfProduction)),
            Marker("physicalHarm", annotations.HasFlag(Model.FileAnnotations.PhysicalHarm)),
            Marker("violenceGore", annotations.HasFlag(Model.FileAnnotations.ViolenceGore)),
            Marker("bestiality", annotations.HasFlag(Model.FileAnnotations.Bestiality)),
            Marker("liveStreaming", annotations.HasFlag(Model.FileAnnotations.LiveStreaming)),
            Marker("infant", annotations.HasFlag(Model.FileAnnotations.Infant)),
            Marker("generativeAi", annotations.HasFlag(Model.FileAnnotations.GenerativeAi)));

    private static XElement FileMetadata(FileMetadata metadata) => new(
        "details",
        metadata.Type is { } type ? new XAttribute("type", type == FileMetadataType.Exif ? "EXIF" : "HASH") : null,
        metadata.Pairs.Select(pair => new XElement("nameValuePair", new XElement("name", pair.Key), new XElement("value", pair.Value))));

    // The annotation elements are booleans fixed to true: present and empty means "yes", absent means "no".
    private static XElement? Marker(string name, bool present) => present ? new XElement(name) : null;

    private static XElement? Text(string name, string? value) => value is null ? null : new XElement(name, value);

    private static XElement? Flag(string name, bool? value) => value is { } flag ? new XElement(name, XmlConvert.ToString(flag)) : null;

    private static XElement? Time(string name, DateTimeOffset? value) => value is { } time ? new XElement(name, Date(time)) : null;
}
