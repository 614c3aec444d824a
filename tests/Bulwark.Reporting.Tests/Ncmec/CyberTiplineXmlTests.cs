using Bulwark.Reporting.Ncmec.Model;
using Bulwark.Reporting.Ncmec.Xml;
using Bulwark.Reporting.Tests.Fakes;

namespace Bulwark.Reporting.Tests.Ncmec;

public sealed class CyberTiplineXmlTests
{
    private static readonly DateTimeOffset At = Samples.Start.AddDays(-1);

    private static readonly string[] InternetDetailKinds = ["web", "email", "newsgroup", "chat", "gaming", "phone", "offline", "p2p"];

    [Fact]
    public void Report_using_every_part_of_the_model_validates()
    {
        var account = new UserAccount
        {
            EspIdentifier = "u-1",
            EspService = "chat",
            CompromisedAccount = false,
            ScreenName = "name",
            DisplayNames = ["Display"],
            ProfileUrls = ["https://example.com/u/1"],
            ProfileBio = "bio",
            IpCaptureEvents = [new IpCaptureEvent { IpAddress = "192.0.2.1", EventName = IpCaptureType.Login, DateTime = At, PossibleProxy = true, Port = 443 }],
            DeviceIds = [new DeviceId { IdType = "device", IdValue = "d-1", EventName = IpCaptureType.Registration, DateTime = At }],
            PriorCyberTiplineReports = [123, 456],
            GroupIdentifier = "g-1",
            TemporarilyDisabled = new AccountDisabled { DisabledAt = At, UserNotified = true, UserNotifiedAt = At, ReenabledAt = At.AddHours(1) },
            PermanentlyDisabled = new AccountDisabled { DisabledAt = At.AddHours(2), UserNotified = false },
            EstimatedLocation = new EstimatedLocation { City = "Springfield", Region = "IL", CountryCode = "US", Verified = false, Timestamp = At },
            AllEmailsReported = true,
            AdditionalInfo = "more",
        };
        var person = new Person
        {
            FirstName = "A",
            LastName = "B",
            Phones = [new Phone { Number = "5550100", Type = PhoneType.Mobile, Verified = true, VerificationDate = At, CountryCallingCode = "+1", Extension = "12" }],
            Emails = [new Email { Address = "a@example.com", Type = EmailType.Home, Verified = true, VerificationDate = At }],
            Addresses = [new Address { Type = AddressType.Home, Street = "1 Main St", City = "Springfield", ZipCode = "62701", State = "IL", Country = "US" }],
            Age = 30,
            DateOfBirth = new DateOnly(1996, 1, 2),
        };
        var report = new CyberTiplineReport
        {
            IncidentSummary = new IncidentSummary
            {
                Type = IncidentType.ChildSexTrafficking,
                Platform = "Example",
                EscalateToHighPriority = "child in danger",
                Annotations = ReportAnnotations.Sextortion | ReportAnnotations.CsamSolicitation | ReportAnnotations.MinorToMinorInteraction | ReportAnnotations.Spam | ReportAnnotations.SadisticOnlineExploitation,
                IncidentDateTime = At,
                IncidentDateTimeDescription = "when",
            },
            InternetDetails = InternetDetailKinds.Select(Details).ToList(),
            LawEnforcement = new LawEnforcementContact
            {
                AgencyName = "Agency",
                CaseNumber = "42",
                OfficerContact = new ContactPerson { FirstName = "O", Emails = [new Email { Address = "o@example.gov" }] },
                ReportedToLawEnforcement = true,
                ServedLegalProcessDomestic = false,
                ServedLegalProcessInternational = true,
                ForeignAgencyCountry = "CA",
            },
            Reporter = new Reporter
            {
                ReportingPerson = person,
                ContactPerson = new ContactPerson { LastName = "C", Emails = [new Email { Address = "c@example.com" }] },
                CompanyTemplate = "template",
                TermsOfService = "tos",
                LegalUrl = "https://example.com/legal",
            },
            ReportedPeople = [new ReportedPerson { Person = person, VehicleDescription = "none", Account = account, ThirdPartyUserReported = false }],
            IntendedRecipients = [new IntendedRecipient { Person = person, Account = account }],
            Victims = [new Victim { Person = person with { Age = 12 }, Account = account with { GroupIdentifier = null }, SchoolName = "School" }],
            AdditionalInfo = "info",
        };

        AssertValid(CyberTiplineXml.ToText(CyberTiplineXml.Report(report)));
    }

    [Fact]
    public void File_details_with_every_annotation_and_part_validates()
    {
        var details = new FileDetails
        {
            ReportId = 1,
            FileId = "f-1",
            FileName = "a.png",
            OriginalFileName = "orig.png",
            UploadedToEspAt = At,
            LocationOfFile = "https://example.com/f",
            FileViewedByEsp = true,
            ExifViewedByEsp = true,
            PubliclyAvailable = false,
            Relevance = FileRelevance.Reported,
            Annotations = Enum.GetValues<FileAnnotations>().Aggregate(FileAnnotations.None, (all, one) => all | one),
            IndustryClassification = IndustryClassification.B1,
            OriginalFileHashes = [new OriginalFileHash("MD5", "00"), new OriginalFileHash("PDQ", "ff")],
            IpCaptureEvent = new IpCaptureEvent { IpAddress = "192.0.2.5" },
            DeviceIds = [new DeviceId { IdType = "t", IdValue = "v" }],
            Details = [new FileMetadata { Type = FileMetadataType.Exif, Pairs = [new("Model", "Cam")] }],
            AdditionalInfo = ["one", "two"],
        };

        var xml = CyberTiplineXml.ToText(CyberTiplineXml.FileDetails(details));

        AssertValid(xml);
        Assert.Contains("<generativeAi />", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Documented_rules_the_schema_cannot_express_are_refused_before_sending()
    {
        var file = new FileDetails { ReportId = 1, FileId = "f" };

        Assert.Throws<ArgumentException>(() => CyberTiplineXml.FileDetails(file with { ExifViewedByEsp = true }));
        Assert.Throws<ArgumentException>(() => CyberTiplineXml.FileDetails(file with { Relevance = FileRelevance.SupplementalReported, Annotations = FileAnnotations.PotentialMeme }));
        Assert.Throws<ArgumentException>(() => CyberTiplineXml.FileDetails(file with { Relevance = FileRelevance.SupplementalReported, IndustryClassification = IndustryClassification.A1 }));
        var report = new CyberTiplineReport
        {
            IncidentSummary = new IncidentSummary { Type = IncidentType.ChildPornography, IncidentDateTime = At },
            Reporter = new Reporter { ReportingPerson = new Person { Emails = [new Email { Address = "r@example.com" }] } },
            BatchedReason = BatchedReportReason.ViralPotentialMeme,
        };
        AssertValid(CyberTiplineXml.ToText(CyberTiplineXml.Report(report with
        {
            ReportedPeople = [new ReportedPerson { Account = new UserAccount { EspIdentifier = "u", DisplayNames = new List<string>() } }],
        })));
        Assert.Throws<ArgumentException>(() => CyberTiplineXml.Report(report with { ReportedPeople = [new ReportedPerson { Account = new UserAccount { EspIdentifier = "u", ScreenName = "s" } }] }));
        Assert.Throws<ArgumentException>(() => CyberTiplineXml.Report(report with { Reporter = new Reporter { ReportingPerson = new Person() } }));
    }

    [Fact]
    public void Invalid_document_is_reported_with_its_line_number()
    {
        const string Xml = "<?xml version=\"1.0\"?>\n<report>\n  <incidentSummary>\n    <incidentType>Something else</incidentType>\n  </incidentSummary>\n</report>";

        var problems = NcmecReference.Schema.Validate(Xml);

        Assert.NotEmpty(problems);
        Assert.Equal(4, problems[0].Line);
        Assert.False(problems[0].IsMalformed);
    }

    [Fact]
    public void Malformed_document_is_flagged_as_malformed()
    {
        var problems = NcmecReference.Schema.Validate("<report><incidentSummary></report>");

        Assert.True(Assert.Single(problems).IsMalformed);
    }

    private static InternetDetails Details(string kind) => kind switch
    {
        "web" => new WebPageIncident { Urls = ["https://example.com/a"], ThirdPartyHostedContent = false, AdditionalInfo = "x" },
        "email" => new EmailIncident { EmailAddresses = [new Email { Address = "e@example.com" }], Content = "c" },
        "newsgroup" => new NewsgroupIncident { Name = "alt.test", EmailAddresses = [new Email { Address = "n@example.com" }], Content = "c" },
        "chat" => new ChatImIncident { ChatClient = "client", ChatRoomName = "room", Content = "c" },
        "gaming" => new OnlineGamingIncident { GameName = "game", Console = "pc", Content = "c" },
        "phone" => new CellPhoneIncident { PhoneNumber = new Phone { Number = "5550100" }, Latitude = 1.5, Longitude = -2.25 },
        "offline" => new NonInternetIncident { LocationName = "park", IncidentAddresses = [new Address { City = "Springfield", State = "IL" }] },
        _ => new PeerToPeerIncident { Client = "p2p", IpCaptureEvents = [new IpCaptureEvent { IpAddress = "192.0.2.9" }], FileNames = "a.bin" },
    };

    private static void AssertValid(string xml)
    {
        var problems = NcmecReference.Schema.Validate(xml);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + xml);
    }
}
