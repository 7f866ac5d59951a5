using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Iljari.Web.Tests;

/// <summary>
/// 행사 결과 보고, number by number: a small event with two companies' booths and five seekers of known age and declared
/// circumstances, some checked in, interviews with outcomes, and hires on day 30, day 90 and day 91 after the event.
/// The page and the workbook must show exactly the counts worked out below from those facts.
/// </summary>
public abstract class EventReportContract(IljariApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected virtual void RequireDatabase() { }

    /// <summary>One seeker of the event: age reached in the event's year, declared circumstances, whether they came.</summary>
    private sealed record Person(string Name, int Age, string[] Circumstances, bool Attends);

    // 청년 25 and 30, 중장년 45, 노인 70; 37 is in no age group (the dashboard's 중장년 starts at 40).
    private static readonly Person Youth = new("김청년", 25, [], true);
    private static readonly Person Woman = new("박경단", 45, ["women"], true);
    private static readonly Person Senior = new("최어른", 70, ["disabled", "lowincome"], true);
    private static readonly Person Veteran = new("정제대", 37, ["veteran"], false);
    private static readonly Person Vulnerable = new("한취약", 30, ["vulnerable"], true);

    [Fact]
    public async Task The_report_counts_each_employer_and_target_group_from_registration_to_hire()
    {
        RequireDatabase();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now.AddHours(9));
        var day = today.AddDays(1);
        var staffUser = await app.UserIdAsync(DemoAccounts.Counselor);
        var agency = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.OrganisationId!.Value).SingleAsync(Ct));
        // Booth A: the demo employer (signs in below) with a posting nobody else applied to; booth B: another company.
        var (companyA, postingA) = (await app.OwnCompanyIdAsync(), await app.FreshBaristaPostingAsync());
        var postingB = await app.ForeignPostingAsync(PostingStatus.Open);
        var (companyB, nameB) = await app.WithDbAsync(async db =>
        {
            var c = await db.JobPostings.Where(p => p.Id == postingB).Select(p => new { p.CompanyId, p.Company!.Name }).SingleAsync(Ct);
            return (c.CompanyId, c.Name);
        });

        var people = new[] { Youth, Woman, Senior, Veteran, Vulnerable };
        var (eventId, boothA, boothB, seeker) = await app.WithDbAsync(async db =>
        {
            var e = HiringEvent.Draft(agency, staffUser, new HiringEventFields
            {
                Title = "대상 계층 보고 검증 현장면접", Place = "고양시청", Date = day, StartTime = new(10, 0), EndTime = new(12, 0), Capacity = 10, MaxChoices = 3,
                RegistrationOpens = today, RegistrationCloses = today, Groups = ["youth", "women"],
            }, today, now);
            db.HiringEvents.Add(e);
            await db.SaveChangesAsync(Ct);
            e.Publish(0);
            var a = EventBooth.Request(e, companyA, [postingA], 20, 1, [], null, now);
            var b = EventBooth.Request(e, companyB, [postingB], 20, 1, [], null, now);
            a.Decide(true, now);
            b.Decide(true, now);
            db.EventBooths.AddRange(a, b);
            var profiles = people.ToDictionary(p => p, p => AddSeeker(db, p, day.Year, now));
            await db.SaveChangesAsync(Ct);
            var booths = new HashSet<int> { a.Id, b.Id };
            var regs = people.ToDictionary(p => p, p => EventRegistration.Create(e, profiles[p].Id, [a.Id, b.Id], booths, false, staffUser, false, now));
            db.EventRegistrations.AddRange(regs.Values);
            await db.SaveChangesAsync(Ct);
            foreach (var p in people.Where(p => p.Attends)) regs[p].CheckIn(now);
            // The timetable: A sees 김청년, 최어른, 정제대; B sees 박경단, 한취약, 김청년.
            void Interview(EventBooth booth, Person p, int minute) => db.EventInterviews.Add(new EventInterview(e.Id, booth.Id, regs[p].Id, profiles[p].Id,
                e.StartsAtUtc.AddMinutes(minute), e.StartsAtUtc.AddMinutes(minute + 20)));
            Interview(a, Youth, 0);
            Interview(a, Senior, 20);
            Interview(a, Veteran, 40);
            Interview(b, Woman, 0);
            Interview(b, Vulnerable, 20);
            Interview(b, Youth, 40);
            e.PublishSchedule(now);
            await db.SaveChangesAsync(Ct);
            return (e.Id, a.Id, b.Id, profiles.ToDictionary(x => x.Key, x => x.Value.Id));
        });
        var timetable = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == eventId).Select(i => new { i.Id, i.BoothId, i.SeekerProfileId }).ToListAsync(Ct));
        int InterviewAt(int booth, Person p) => timetable.Single(i => i.BoothId == booth && i.SeekerProfileId == seeker[p]).Id;

        // Booth A's outcomes on its page: 김청년 and 최어른 합격; 정제대 never came, so no outcome.
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var boothPage = $"/Employer/Events/Booth/{eventId}";
        foreach (var p in new[] { Youth, Senior })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, $"{boothPage}?handler=Outcome",
                new() { ["interviewId"] = $"{InterviewAt(boothA, p)}", ["outcome"] = "Pass" }, tokenFrom: boothPage)).StatusCode);
        // Booth B's through the service its page calls (B has no account here; staff stand in): 박경단 합격, 한취약 보류, 김청년 불합격.
        await RecordAsync(eventId, boothB, InterviewAt(boothB, Woman), InterviewOutcome.Pass, staffUser);
        await RecordAsync(eventId, boothB, InterviewAt(boothB, Vulnerable), InterviewOutcome.Hold, staffUser);
        await RecordAsync(eventId, boothB, InterviewAt(boothB, Youth), InterviewOutcome.Fail, staffUser);

        // Hires: A takes 김청년 on day 30 (inside both windows) and 최어른 on day 91 (outside both), with 채용 on the
        // applicants page; B takes 박경단 on day 90 (inside 90 only) the way that page does it.
        var applicants = $"/Employer/Postings/Applicants/{postingA}";
        foreach (var (p, after) in new[] { (Youth, 30), (Senior, 91) })
        {
            var applicationId = await ApplicationIdAsync(postingA, seeker[p]);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, $"{applicants}?handler=Move", new()
            {
                ["applicationId"] = $"{applicationId}", ["action"] = "Hire", ["startDate"] = $"{day.AddDays(after):yyyy-MM-dd}", ["hoursPerWeek"] = "40",
                ["salaryType"] = "Monthly", ["salary"] = "2800000", ["employmentInsured"] = "true",
            }, tokenFrom: applicants)).StatusCode);
        }
        var applicationB = await ApplicationIdAsync(postingB, seeker[Woman]);
        await app.WithDbAsync(async db =>
        {
            var application = await db.JobApplications.Include(a => a.Events).SingleAsync(a => a.Id == applicationB, Ct);
            application.Apply(ApplicationAction.Hire, staffUser, null, now);
            db.Placements.Add(Placement.Record(application, day.AddDays(90), 40, SalaryType.Monthly, 2_800_000, staffUser, now));
            return await db.SaveChangesAsync(Ct);
        });
        var hires = await app.WithDbAsync(db => db.Placements.Where(p => seeker.Values.Contains(p.SeekerProfileId))
            .Select(p => new { p.SeekerProfileId, p.CompanyId, p.StartDate }).ToListAsync(Ct));
        Assert.Equal(new HashSet<(int, int?, DateOnly)>
            {
                (seeker[Youth], companyA, day.AddDays(30)), (seeker[Woman], companyB, day.AddDays(90)), (seeker[Senior], companyA, day.AddDays(91)),
            },
            hires.Select(h => (h.SeekerProfileId, h.CompanyId, h.StartDate)).ToHashSet());

        // Expected counts: 참가 확정, 입장, 편성 면접, 실시 면접, 합격, 30일 내 채용, 90일 내 채용.
        // All five registered, four came; six interviews, five held (not 정제대's); 합격 김청년@A, 최어른@A, 박경단@B;
        // hires counted: 김청년 (day 30: both windows), 박경단 (day 90: the 90-day window only); 최어른 (day 91) in neither.
        var total = C(5, 4, 6, 5, 3, 1, 2);
        var byEmployer = new Dictionary<string, string>
        {
            // 김청년, 최어른, 정제대 met A; two came and passed; 김청년's hire is A's.
            [DemoAccounts.CompanyName] = C(3, 2, 3, 2, 2, 1, 1),
            // 박경단, 한취약, 김청년 met B; all came, all three held; 박경단 passed and was hired on day 90.
            [nameB] = C(3, 3, 3, 3, 1, 0, 1),
        };
        var byGroup = new Dictionary<string, (string Counts, bool Target)>
        {
            ["청년(15~34세)"] = (C(2, 2, 3, 3, 1, 1, 1), true),   // 김청년 (A 합격, B 불합격, hired day 30) and 한취약 (B 보류)
            ["중장년(40~64세)"] = (C(1, 1, 1, 1, 1, 0, 1), false), // 박경단
            ["노인(65세 이상)"] = (C(1, 1, 1, 1, 1, 0, 0), false), // 최어른, hired day 91
            ["경력단절여성"] = (C(1, 1, 1, 1, 1, 0, 1), true),     // 박경단
            ["취약계층"] = (C(2, 2, 2, 2, 1, 0, 0), false),        // 최어른 (장애인·저소득) and 한취약 (취약계층)
            ["장애인"] = (C(1, 1, 1, 1, 1, 0, 0), false),          // 최어른
            ["저소득"] = (C(1, 1, 1, 1, 1, 0, 0), false),          // 최어른
            ["제대군인"] = (C(1, 0, 1, 0, 0, 0, 0), false),        // 정제대: registered, did not come
        };

        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var html = await staff.GetStringAsync($"/Staff/Events/Report/{eventId}", Ct);
        Assert.Equal(total, Assert.Single(Table(html, "전체")).Value.Counts);
        Assert.Equal(byEmployer, Table(html, "기업별").ToDictionary(r => r.Key, r => r.Value.Counts));
        Assert.Equal(byGroup, Table(html, "대상 계층별"));
        Assert.Contains("한 사람이 여러 계층에 속할 수 있어", html, StringComparison.Ordinal);
        Assert.DoesNotContain("연령대별", html, StringComparison.Ordinal);

        var xlsx = await staff.GetAsync($"/Staff/Events/Report/{eventId}?handler=Excel", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["전체", "기업별", "대상 계층별"], MiniExcel.GetSheetNames(stream));
        Assert.Equal(total, Assert.Single(Sheet(stream, "전체")).Value.Counts);
        Assert.Equal(byEmployer, Sheet(stream, "기업별").ToDictionary(r => r.Key, r => r.Value.Counts));
        Assert.Equal(byGroup, Sheet(stream, "대상 계층별"));
    }

    /// <summary>A row's counts in column order, as one string so rows compare by value.</summary>
    private static string C(params int[] counts) => string.Join(" ", counts);

    private static SeekerProfile AddSeeker(AppDbContext db, Person p, int eventYear, DateTime now)
    {
        var email = $"report-{Guid.NewGuid():N}@example.kr";
        var user = new AppUser { UserName = email, Email = email, DisplayName = p.Name, CreatedAt = now };
        db.Users.Add(user);
        var profile = new SeekerProfile
        {
            UserId = user.Id, Name = p.Name, BirthYear = eventYear - p.Age, BirthMonth = 1, Phone = "010-0000-0000", Email = email,
            Circumstances = [.. p.Circumstances], DesiredOccupations = ["531"], DesiredRegions = ["4128110100"], CreatedAt = now, UpdatedAt = now,
        };
        db.SeekerProfiles.Add(profile);
        return profile;
    }

    private async Task RecordAsync(int eventId, int boothId, int interviewId, InterviewOutcome outcome, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = await db.HiringEvents.AsNoTracking().SingleAsync(x => x.Id == eventId, Ct);
        var booth = await db.EventBooths.AsNoTracking().SingleAsync(b => b.Id == boothId, Ct);
        await scope.ServiceProvider.GetRequiredService<EventOutcomes>().RecordAsync(e, booth, interviewId, outcome, null, null, userId, Ct);
    }

    private Task<int> ApplicationIdAsync(int postingId, int seekerId) => app.WithDbAsync(db =>
        db.JobApplications.Where(a => a.JobPostingId == postingId && a.SeekerProfileId == seekerId).Select(a => a.Id).SingleAsync(Ct));

    /// <summary>The rows of the page's table whose caption starts with <paramref name="caption"/>: name → counts, marked 행사 대상.</summary>
    private static Dictionary<string, (string Counts, bool Target)> Table(string html, string caption)
    {
        var table = Regex.Match(html, $"<table[^>]*>\\s*<caption>{Regex.Escape(caption)}.*?</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"no table '{caption}'");
        Assert.Equal(8, Regex.Matches(table.Value, "<th scope=\"col\">").Count);
        return Regex.Matches(table.Value, "<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", RegexOptions.Singleline).ToDictionary(
            m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<small>.*?</small>", "")).Trim(),
            m => (C([.. Regex.Matches(m.Groups[2].Value, "<td>(\\d+)</td>").Select(c => int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))]), m.Groups[1].Value.Contains("(행사 대상)", StringComparison.Ordinal)));
    }

    /// <summary>The rows of a workbook sheet: 구분 → counts, and its 행사 대상 column where the sheet has one.</summary>
    private static Dictionary<string, (string Counts, bool Target)> Sheet(MemoryStream stream, string name)
    {
        stream.Position = 0;
        string[] columns = ["참가 확정", "입장", "편성 면접", "실시 면접", "합격", "30일 내 채용", "90일 내 채용"];
        return stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToDictionary(
            r => (string)r["구분"]!,
            r => (C([.. columns.Select(c => Convert.ToInt32(r[c], System.Globalization.CultureInfo.InvariantCulture))]),
                r.TryGetValue("행사 대상", out var target) && target as string == "예"));
    }
}

public sealed class EventReportTests(SqliteApp app) : EventReportContract(app), IClassFixture<SqliteApp>;

/// <summary>The same report on PostgreSQL: the group queries (list-column Contains, birth-year ranges) translate there too.</summary>
public sealed class PostgresEventReportTests(PostgresApp app) : EventReportContract(app), IClassFixture<PostgresApp>
{
    protected override void RequireDatabase() => TestEnvironment.RequirePostgres();
}
