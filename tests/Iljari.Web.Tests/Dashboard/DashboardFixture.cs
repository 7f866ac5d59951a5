using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Enterprises;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Guarantees;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Iljari.Web.Tests.Dashboard;

/// <summary>
/// A small fixed world in a fresh, empty database (no demo data), so every KPI can be checked against numbers worked
/// out by hand in <see cref="DashboardKpiTests"/>. "Today" is 2026-02-10 (KST); the year under test is 2025.
/// Two agencies (가, 나), two companies (덕양구 and 일산동구), four seekers: S1 청년 (case 가), S2 중장년 경력단절여성
/// (case 나), S3 노인 저소득 (case 가, registered 2024), S4 청년 (no case).
/// </summary>
public class DashboardWorld(TestDatabase provider) : IAsyncLifetime
{
    public static readonly DateTime Now = Utc(2026, 2, 10);
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(Now));
    public TestDatabase Provider { get; } = provider;
    public int AgencyA { get; private set; }
    public int AgencyB { get; private set; }
    private readonly string _name = "iljari_dash_" + Guid.NewGuid().ToString("N")[..10];
    private string _cs = "";

    public AppDbContext Db()
    {
        if (Provider == TestDatabase.Postgres) return new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(_cs).Options);
        return new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_cs).Options);
    }

    public static DateTime Utc(int y, int m, int d) => new(y, m, d, 1, 0, 0, DateTimeKind.Utc);
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public async ValueTask InitializeAsync()
    {
        if (Provider == TestDatabase.Postgres)
        {
            if (!TestEnvironment.PostgresReachable) return;
            _cs = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = _name }.ConnectionString;
        }
        else _cs = $"Data Source={Path.Combine(Path.GetTempPath(), _name + ".db")}";
        await using var db = Db();
        await db.Database.MigrateAsync();
        await BuildAsync(db);
    }

    private async Task BuildAsync(AppDbContext db)
    {
        var a = new Agency { Name = "가 기관", Code = "TEST-A", CreatedAt = Now };
        var b = new Agency { Name = "나 기관", Code = "TEST-B", CreatedAt = Now };
        var c1 = new Company { Name = "덕양 식당", BusinessNumber = "1248100998", IndustryCode = "56", RegionCode = "4128110100", Address = "덕양구", CreatedAt = Now };
        var c2 = new Company { Name = "일산 소프트", BusinessNumber = "2208162517", IndustryCode = "62", RegionCode = "4128510100", Address = "일산동구", CreatedAt = Now };
        db.AddRange(a, b, c1, c2);
        var staff = new AppUser { UserName = "staff@test.kr", Email = "staff@test.kr", DisplayName = "직원", CreatedAt = Now };
        db.Users.Add(staff);
        await db.SaveChangesAsync();
        (AgencyA, AgencyB) = (a.Id, b.Id);
        var u = staff.Id;

        var s1 = Seeker(db, "S1", 1998, [], Utc(2025, 1, 10));
        var s2 = Seeker(db, "S2", 1970, ["women"], Utc(2025, 2, 1));
        var s3 = Seeker(db, "S3", 1955, ["lowincome"], Utc(2024, 6, 1));
        var s4 = Seeker(db, "S4", 2000, [], Utc(2025, 3, 5));
        await db.SaveChangesAsync();
        db.CaseAssignments.AddRange(
            new() { SeekerProfileId = s1.Id, AgencyId = a.Id, RequestedAt = Utc(2025, 1, 12), AssignedAt = Utc(2025, 1, 12) },
            new() { SeekerProfileId = s2.Id, AgencyId = b.Id, RequestedAt = Utc(2025, 2, 3), AssignedAt = Utc(2025, 2, 3) },
            new() { SeekerProfileId = s3.Id, AgencyId = a.Id, RequestedAt = Utc(2024, 6, 2), AssignedAt = Utc(2024, 6, 2) });

        // P1 (덕양구, 음식) open 2025-02-01 → closed 2025-05-20; P2 (일산동구, 소프트웨어) open 2025-03-01, 마감일 2025-04-30 passes.
        var p1 = Posting(c1.Id, "4128110100", "531", D(2025, 6, 30), Utc(2025, 2, 1));
        var p2 = Posting(c2.Id, "4128510100", "133", D(2025, 4, 30), Utc(2025, 3, 1));
        // P3 (덕양구 원당동) open since 2026-01-05, so open today and for more than 30 days; a draft is never counted.
        var p3 = Posting(c1.Id, "4128110200", "531", D(2026, 3, 31), Utc(2026, 1, 5));
        db.JobPostings.AddRange(p1, p2, p3, JobPosting.Draft(c1.Id, Fields("4128110100", "531", D(2025, 3, 31)), Utc(2025, 3, 1)));
        await db.SaveChangesAsync();
        p1.Apply(PostingAction.Close, Utc(2025, 5, 20));

        var app1 = Hired(db, p1, s1, u, Utc(2025, 3, 1));
        var app2 = Hired(db, p2, s2, u, Utc(2025, 3, 10));
        var app4 = Hired(db, p1, s4, u, Utc(2025, 5, 1));
        await db.SaveChangesAsync();
        var place2 = Placement.Record(app2, D(2025, 3, 20), 40, SalaryType.Monthly, 2_500_000, u, Utc(2025, 3, 15));
        db.Placements.AddRange(
            Placement.Record(app1, D(2025, 3, 10), 40, SalaryType.Monthly, 2_500_000, u, Utc(2025, 3, 5)), place2,
            Placement.Record(app4, D(2025, 5, 15), 40, SalaryType.Monthly, 2_500_000, u, Utc(2025, 5, 10)),
            Placement.RecordExternal(s3.Id, "외부 상회", D(2025, 5, 2), null, 40, true, SalaryType.Monthly, 2_500_000, u, Utc(2025, 5, 3)),
            Placement.RecordExternal(s3.Id, "작년 상회", D(2024, 8, 1), D(2024, 12, 31), 40, true, SalaryType.Monthly, 2_500_000, u, Utc(2024, 8, 2)));
        await db.SaveChangesAsync();

        await EventAsync(db, a.Id, c1.Id, p1.Id, s2.Id, s4.Id, app4.Id, u);
        await ProgramAsync(db, a.Id, s1.Id, s2.Id, u);
        await IncentiveAsync(db, b.Id, s2.Id, place2.Id, u);
        await SupportAsync(db, b.Id, c1.Id, c2.Id, u);
    }

    private static SeekerProfile Seeker(AppDbContext db, string name, int birthYear, List<string> circumstances, DateTime createdAt)
    {
        var user = new AppUser { UserName = name + "@test.kr", Email = name + "@test.kr", DisplayName = name, CreatedAt = createdAt };
        db.Users.Add(user);
        var profile = new SeekerProfile
        {
            UserId = user.Id, Name = name, BirthYear = birthYear, BirthMonth = 1, Circumstances = circumstances, CreatedAt = createdAt, UpdatedAt = createdAt,
            DesiredOccupations = ["531"], DesiredRegions = ["4128110100"], DesiredSalaryType = SalaryType.Monthly, DesiredSalary = 2_800_000,
        };
        db.SeekerProfiles.Add(profile);
        return profile;
    }

    private static JobPostingFields Fields(string region, string occupation, DateOnly closeDate) => new()
    {
        Title = "직원 모집", OccupationCode = occupation, RegionCode = region, SalaryType = SalaryType.Monthly, SalaryMin = 2_500_000,
        Description = "함께 일할 분", Openings = 2, CloseDate = closeDate,
    };

    private static JobPosting Posting(int companyId, string region, string occupation, DateOnly closeDate, DateTime publishedAt)
    {
        var p = JobPosting.Draft(companyId, Fields(region, occupation, closeDate), publishedAt);
        p.Apply(PostingAction.Publish, publishedAt);
        return p;
    }

    private static JobApplication Hired(AppDbContext db, JobPosting posting, SeekerProfile seeker, string userId, DateTime at)
    {
        var app = JobApplication.Submit(posting.Id, posting.CompanyId, seeker.Id, ApplicationSource.Seeker, userId, null, at);
        app.Apply(ApplicationAction.Interview, userId, null, at);
        app.Apply(ApplicationAction.Hire, userId, null, at);
        db.JobApplications.Add(app);
        return app;
    }

    /// <summary>A 현장면접 of agency 가 on 2025-04-10: S4 checks in (S2 registers but does not come); S4's interview leads to the hire.</summary>
    private static async Task EventAsync(AppDbContext db, int agencyId, int companyId, int postingId, int s2, int s4, int app4, string u)
    {
        var e = HiringEvent.Draft(agencyId, u, new HiringEventFields
        {
            Title = "현장면접의 날", Place = "센터", Date = D(2025, 4, 10), RegistrationOpens = D(2025, 3, 1), RegistrationCloses = D(2025, 4, 9),
        }, D(2025, 3, 1), Utc(2025, 3, 1));
        db.HiringEvents.Add(e);
        await db.SaveChangesAsync();
        e.Publish(0);
        var booth = EventBooth.Request(e, companyId, [postingId], 20, 1, [], null, Utc(2025, 3, 2));
        booth.Decide(true, Utc(2025, 3, 3));
        db.EventBooths.Add(booth);
        var r2 = EventRegistration.Create(e, s2, [], new HashSet<int>(), false, u, false, Utc(2025, 3, 5));
        var r4 = EventRegistration.Create(e, s4, [], new HashSet<int>(), false, u, false, Utc(2025, 3, 5));
        r4.CheckIn(Utc(2025, 4, 10));
        db.EventRegistrations.AddRange(r2, r4);
        await db.SaveChangesAsync();
        var interview = new EventInterview(e.Id, booth.Id, r4.Id, s4, Utc(2025, 4, 10), Utc(2025, 4, 10).AddMinutes(20));
        interview.Record(InterviewOutcome.Pass, null, app4, Utc(2025, 4, 10));
        db.EventInterviews.Add(interview);
        await db.SaveChangesAsync();
    }

    /// <summary>Agency 가's course, sessions 2025-06-02 and 06-09; S1 attends both (수료, later 취업 at 3 months), S2 one (미수료).</summary>
    private static async Task ProgramAsync(AppDbContext db, int agencyId, int s1, int s2, string u)
    {
        var program = JobProgram.Create(agencyId, ProgramKind.Lecture, "취업 역량 과정", "", 10, D(2025, 5, 1), D(2025, 5, 31), [new EligibilityRule { Year = 2025 }], Utc(2025, 4, 20));
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var sessions = new[] { D(2025, 6, 2), D(2025, 6, 9) }.Select(d => ProgramSession.Create(program.Id, new() { Date = d, Place = "강의실" })).ToList();
        db.ProgramSessions.AddRange(sessions);
        var ok = new EligibilityResult(true, "누구나", []);
        var a1 = ProgramApplication.Apply(program, s1, ok, false, D(2025, 5, 10), Utc(2025, 5, 10));
        var a2 = ProgramApplication.Apply(program, s2, ok, false, D(2025, 5, 10), Utc(2025, 5, 10));
        a1.Approve(Utc(2025, 5, 20));
        a2.Approve(Utc(2025, 5, 20));
        db.ProgramApplications.AddRange(a1, a2);
        await db.SaveChangesAsync();
        db.ProgramAttendance.AddRange(
            ProgramAttendance.Record(sessions[0], a1, AttendanceStatus.Present, u, D(2025, 6, 9), Utc(2025, 6, 9)),
            ProgramAttendance.Record(sessions[1], a1, AttendanceStatus.Late, u, D(2025, 6, 9), Utc(2025, 6, 9)),
            ProgramAttendance.Record(sessions[0], a2, AttendanceStatus.Present, u, D(2025, 6, 9), Utc(2025, 6, 9)),
            ProgramAttendance.Record(sessions[1], a2, AttendanceStatus.Absent, u, D(2025, 6, 9), Utc(2025, 6, 9)));
        db.ProgramFollowUps.Add(ProgramFollowUp.Record(a1.Id, 3, D(2025, 9, 9), FollowUpOutcome.Employed, null, u, D(2025, 9, 10), Utc(2025, 9, 10)));
        // A cook's course taking applications today (no participants yet), for the mismatch page.
        db.Programs.Add(JobProgram.Create(agencyId, new JobProgramFields
        {
            Title = "조리사 양성 과정", Capacity = 20, ApplicationOpens = D(2026, 2, 1), ApplicationCloses = D(2026, 2, 28), TargetOccupations = ["531"],
        }, [new EligibilityRule { Year = 2026 }], Utc(2026, 1, 20)));
        await db.SaveChangesAsync();
    }

    /// <summary>2025 scheme with 10,000,000원; S2's claim (agency 나) filed 2025-09-25, approved 10-01, paid 10-15.</summary>
    private static async Task IncentiveAsync(AppDbContext db, int agencyId, int s2, int placementId, string u)
    {
        var scheme = IncentiveScheme.Create(2025, "2025 취업성공장려금", new IncentiveRules(), Utc(2025, 1, 2));
        db.IncentiveSchemes.Add(scheme);
        await db.SaveChangesAsync();
        db.LedgerTransactions.Add(LedgerTransaction.Allocate(scheme, 10_000_000, 0, null, u, Utc(2025, 1, 5)));
        var claim = IncentiveClaim.File(scheme, s2, placementId, agencyId, new IncentiveMilestone(6, 500_000), D(2025, 9, 20), "국민은행", "123456789012", "S2", u, Utc(2025, 9, 25));
        claim.AddEvidence(ClaimEvidence.Of(EvidenceKind.InsuranceHistory, "x.pdf", "보험.pdf", Utc(2025, 9, 25)));
        db.IncentiveClaims.Add(claim);
        await db.SaveChangesAsync();
        claim.Approve(u, null, Utc(2025, 10, 1));
        db.LedgerTransactions.Add(LedgerTransaction.Commit(scheme, claim, 10_000_000, u, Utc(2025, 10, 1)));
        var batch = PaymentBatch.Open(scheme.Id, u, Utc(2025, 10, 14));
        db.PaymentBatches.Add(batch);
        await db.SaveChangesAsync();
        claim.PutInBatch(batch.Id);
        claim.MarkPaid(Utc(2025, 10, 15));
        batch.MarkPaid(u, Utc(2025, 10, 15));
        db.LedgerTransactions.Add(LedgerTransaction.Pay(scheme, claim, batch.Id, u, Utc(2025, 10, 15)));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Agency 나 supports: a 특례보증 for company 1 approved 2025-02-15 (S1's and S4's hires there count), and a social
    /// enterprise linked to company 2, registered 2025-01-20 with 5 people, 8 on 06-30, 7 on 11-30 (S2's hire counts
    /// by headcount only).
    /// </summary>
    private static async Task SupportAsync(AppDbContext db, int agencyId, int c1, int c2, string u)
    {
        var scheme = GuaranteeScheme.Create(agencyId, "소상공인 특례보증", 2025, 5, 2_000_000_000, 100_000_000, Utc(2025, 1, 2));
        db.GuaranteeSchemes.Add(scheme);
        await db.SaveChangesAsync();
        var guarantee = Guarantee.Apply(scheme, c1, 50_000_000, 36, "농협은행", null, D(2025, 2, 1));
        db.Guarantees.Add(guarantee);
        await db.SaveChangesAsync();
        guarantee.Approve(scheme, 0, D(2025, 2, 15), u, Utc(2025, 2, 15));
        var enterprise = SocialEnterprise.Register(agencyId, new SocialEnterpriseFields
        {
            Type = SocialEnterpriseType.Cooperative, Name = "일산 협동조합", Representative = "대표", GuCode = "4128500000", Address = "일산동구",
            DesignatedOn = D(2025, 1, 2), SocialMission = "지역 일자리", Employees = 5, VulnerableEmployees = 1,
        }, D(2025, 1, 20), u, "직원", Utc(2025, 1, 20));
        enterprise.LinkCompany(c2);
        enterprise.RecordHeadcount(D(2025, 6, 30), 8, 2, null, D(2025, 7, 1), u, Utc(2025, 7, 1));
        enterprise.RecordHeadcount(D(2025, 11, 30), 7, 2, null, D(2025, 12, 1), u, Utc(2025, 12, 1));
        db.SocialEnterprises.Add(enterprise);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cs.Length == 0) return;
        await using var db = Db();
        await db.Database.EnsureDeletedAsync();
        if (Provider == TestDatabase.Sqlite) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

public sealed class SqliteDashboardWorld() : DashboardWorld(TestDatabase.Sqlite);

public sealed class PostgresDashboardWorld() : DashboardWorld(TestDatabase.Postgres);
