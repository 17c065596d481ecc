using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>The resource directory's rules as the seed reader (and so check-content and the import) applies them.</summary>
public sealed class SeedResourceRulesTests : IDisposable
{
    /// <summary>The day the reader is told it is.</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    private readonly TempContent _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Two entries; the second has <paramref name="field"/> on line 14.</summary>
    private (List<string> Slugs, List<ContentProblem> Problems) Read(string field)
    {
        var path = _folder.Write("resources.yaml", $$"""
            resources:
              - slug: good-one
                name: Good
                kind: hotline
                description: Fine.
                areas: [{ country: US }]
                phone: 1-888-373-7888
              - slug: checked-one
                name: Checked
                kind: hotline
                description: Has the field under test.
                areas: [{ country: US }]
                url: https://checked.example.org
                {{field}}
            """);
        var problems = new List<ContentProblem>();
        var resources = SeedReader.ReadResources(path, Today, problems);
        return ([.. resources.Select(r => r.Slug)], problems);
    }

    /// <summary>The entry with <paramref name="field"/> is left out, with one fatal problem at the field's line (14).</summary>
    private void AssertRefusedAtItsLine(string field, string message)
    {
        var (slugs, problems) = Read(field);

        Assert.Equal(["good-one"], slugs);
        var problem = Assert.Single(problems);
        Assert.Equal((14, message, true), (problem.Line, problem.Message, problem.Fatal));
    }

    [Theory]
    [InlineData("phone: 1-800-799-SAFE", "'phone' must be a number a reader can dial (a US number such as 1-888-373-7888, a short code such as 711 or 988, or an international number starting with + such as +44 20 7946 0958), not '1-800-799-SAFE'")]
    [InlineData("text: \"233+733\"", "'text' must be a number a reader can text (a US number such as 1-888-373-7888, a short code such as 233733 or 988, or an international number starting with + such as +44 20 7946 0958), not '233+733'")]
    [InlineData("tty: 1-800-555-0100 x4", "'tty' must be a number a reader can dial (a US number such as 1-888-373-7888, a short code such as 711 or 988, or an international number starting with + such as +44 20 7946 0958), not '1-800-555-0100 x4'")]
    public void Read_UndialableNumber_IsReportedAtItsLineAndTheEntryLeftOut(string field, string message) =>
        AssertRefusedAtItsLine(field, message);

    [Theory]
    [InlineData("phone: (877) 776-2004")]
    [InlineData("phone: +1 800 799 7233")]
    [InlineData("phone: +44 20 7946 0958")]
    [InlineData("phone: \"988\"")]
    [InlineData("text: \"88788\"")]
    [InlineData("tty: \"711\"")]
    public void Read_DialableNumber_Loads(string field)
    {
        var (slugs, problems) = Read(field);

        Assert.Empty(problems);
        Assert.Equal(["good-one", "checked-one"], slugs);
    }

    [Fact]
    public void Read_UnknownLanguageCode_IsReportedAtItsLineWithTheCodesToUse()
    {
        var (slugs, problems) = Read("languages:\n      - en\n      - xx");

        Assert.Equal(["good-one"], slugs);
        var problem = Assert.Single(problems);
        Assert.Equal(16, problem.Line);
        Assert.Equal(
            "'xx' is not a language code this site knows; use one of: en (English), es (Spanish), fr (French), pt (Portuguese), " +
            "ht (Haitian Creole), zh (Chinese), vi (Vietnamese), ko (Korean), tl (Tagalog), ar (Arabic), ru (Russian), uk (Ukrainian), " +
            "pl (Polish), hi (Hindi), th (Thai), ase (American Sign Language)",
            problem.Message);
    }

    [Fact]
    public void Read_KnownLanguageCodes_AreStoredAsWritten()
    {
        var path = _folder.Write("resources.yaml", """
            resources:
              - slug: signing-line
                name: Signing line
                kind: hotline
                description: Fine.
                areas: [{ country: US }]
                phone: 1-888-373-7888
                languages: [ase, EN, ht]
            """);
        var problems = new List<ContentProblem>();

        var resource = Assert.Single(SeedReader.ReadResources(path, Today, problems));

        Assert.Empty(problems);
        Assert.Equal(["ase", "en", "ht"], resource.Languages);
    }

    [Fact]
    public void Read_LastVerifiedAfterToday_IsReportedAtItsLineAndTheEntryLeftOut()
    {
        var (slugs, problems) = Read("last_verified: 2026-12-02");

        Assert.Equal(["good-one"], slugs);
        var problem = Assert.Single(problems);
        Assert.Equal((14, "'last_verified' is 2026-12-02, after today (2026-12-01): write the day someone last checked these details"), (problem.Line, problem.Message));
    }

    [Fact]
    public void Read_LastVerifiedToday_Loads()
    {
        var (slugs, problems) = Read("last_verified: 2026-12-01");

        Assert.Empty(problems);
        Assert.Equal(["good-one", "checked-one"], slugs);
    }

    [Fact]
    public void Read_ConfidentialityWithoutItsSourceAndDate_IsReportedAtItsLineAndTheEntryLeftOut()
    {
        var (slugs, problems) = Read("confidentiality: It says it may pass what you tell it to police.");

        Assert.Equal(["good-one"], slugs);
        Assert.Equal(
            [
                (14, "a 'confidentiality' statement needs 'confidentiality_source': the web address where the service (or its funder) says it", true),
                (14, "a 'confidentiality' statement needs 'confidentiality_checked': the day someone read the source", true),
            ],
            problems.Select(p => (p.Line, p.Message, p.Fatal)));
    }

    [Fact]
    public void Read_ConfidentialitySourceWithoutAStatement_IsReported()
    {
        var (slugs, problems) = Read("confidentiality_source: https://checked.example.org/privacy");

        Assert.Equal(["good-one"], slugs);
        var problem = Assert.Single(problems);
        Assert.Equal((14, "'confidentiality_source' and 'confidentiality_checked' go with a 'confidentiality' statement; add the statement or remove them"),
            (problem.Line, problem.Message));
    }

    [Theory]
    [InlineData("schedule: Mon-Fri 9 to 5", "'schedule': 'Mon-Fri 9 to 5' is not a day and opening times. Write them like this: 24/7, or Mon-Fri 09:00-17:00; Sat 10:00-14:00.")]
    [InlineData("schedule: Mon-Fri 09:00-17:00", "'schedule' with days and times needs 'time_zone': the IANA zone they are in, for example America/New_York")]
    [InlineData("minimum_age: eighteen", "'minimum_age' must be a whole number from 0 to 120, not 'eighteen'")]
    [InlineData("minors_alone: sometimes", "'minors_alone' must be true or false, not 'sometimes'")]
    [InlineData("sex_worker_led_agreed: 2026-11-01", "'sex_worker_led_agreed' goes with 'sex_worker_led' set to \"yes\" or \"no\": say what the group agreed we may publish")]
    [InlineData("sex_worker_led_agreed: 2026-12-02", "'sex_worker_led_agreed' is 2026-12-02, after today (2026-12-01): write the day the group agreed")]
    public void Read_AccessDetailThatCannotBeUsed_IsReportedAtItsLineAndTheEntryLeftOut(string field, string message) =>
        AssertRefusedAtItsLine(field, message);

    [Fact]
    public void Read_WhoItServesHoursAndAgreement_Load()
    {
        var path = _folder.Write("resources.yaml", """
            resources:
              - slug: youth-line
                name: Youth Line
                kind: hotline
                description: A line.
                areas: [{ country: US }]
                phone: 1-888-373-7888
                sex_worker_led: "yes"
                sex_worker_led_agreed: 2026-11-15
                minimum_age: 13
                maximum_age: 24
                minors_alone: true
                fees: Free
                interpretation: Interpreters by phone
                first_contact: A counsellor answers and asks what you need.
                schedule: Mon-Fri 09:00-21:00; Sat 10:00-14:00
                time_zone: America/Chicago
            """);
        var problems = new List<ContentProblem>();

        var resource = Assert.Single(SeedReader.ReadResources(path, Today, problems));

        Assert.Empty(problems);
        Assert.Equal((13, 24, true, "Free", "Interpreters by phone", "A counsellor answers and asks what you need."),
            (resource.MinimumAge, resource.MaximumAge, resource.MinorsAlone, resource.Fees, resource.Interpretation, resource.FirstContact));
        Assert.Equal((Web.Data.Entities.SexWorkerLed.Yes, new DateOnly(2026, 11, 15)), (resource.PublicSexWorkerLed, resource.SexWorkerLedAgreed));
        Assert.Equal(("America/Chicago", 6), (resource.Schedule.TimeZone, resource.Schedule.Periods.Count));
        Assert.Equal("Mon-Fri 09:00-21:00; Sat 10:00-14:00", Web.Resources.OpeningHoursText.Format(resource.Schedule));
    }

    [Fact]
    public void Read_ExportedResource_ReadsBackTheSame()
    {
        var path = _folder.Write("resources.yaml", """
            resources:
              - slug: youth-line
                name: Youth Line
                kind: hotline
                description: A line.
                areas: [{ country: US }]
                phone: 1-888-373-7888
                minimum_age: 13
                minors_alone: false
                schedule: Mon-Fri 09:00-21:00
                time_zone: America/Chicago
            """);
        var first = Assert.Single(SeedReader.ReadResources(path, Today, []));

        var again = _folder.Write("again.yaml", SeedExporter.Resources([first]));
        var problems = new List<ContentProblem>();
        var second = Assert.Single(SeedReader.ReadResources(again, Today, problems));

        Assert.Empty(problems);
        Assert.Equal((13, false, "Mon-Fri 09:00-21:00", "America/Chicago"),
            (second.MinimumAge!.Value, second.MinorsAlone!.Value, Web.Resources.OpeningHoursText.Format(second.Schedule), second.Schedule.TimeZone));
    }

    [Fact]
    public void Read_ConfidentialityWithSourceAndDate_AndAStatus_Load()
    {
        var path = _folder.Write("resources.yaml", """
            resources:
              - slug: night-line
                name: Night Line
                kind: hotline
                description: A line.
                areas: [{ country: US }]
                phone: 1-888-373-7888
                status: temporarily-closed
                alert: Text line down until June 3
                confidentiality: It says it may pass what you tell it to police.
                confidentiality_source: https://night.example.org/privacy
                confidentiality_checked: 2026-11-30
            """);
        var problems = new List<ContentProblem>();

        var resource = Assert.Single(SeedReader.ReadResources(path, Today, problems));

        Assert.Empty(problems);
        Assert.Equal(
            (Web.Data.Entities.ResourceStatus.TemporarilyClosed, "Text line down until June 3", "It says it may pass what you tell it to police.", "https://night.example.org/privacy", new DateOnly(2026, 11, 30)),
            (resource.Status, resource.Alert, resource.Confidentiality, resource.ConfidentialitySource, resource.ConfidentialityChecked));
    }
}
