using Iljari.Core.Data;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Enterprises;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Guarantees;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Bench;

/// <summary>
/// City-scale operational data spread over 2025–2026 for the dashboard benchmark, written through the domain
/// factories (so every date is a real dated fact): seekers, postings, applications with placements, cases, events with
/// check-ins and interview hires, programs with attendance, incentive claims and payments, guarantees, social enterprises.
/// </summary>
internal sealed class DashboardData(int seekers, int postings, int applications, int seed = 20261124)
{
    public static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly Random _r = new(seed);
    private readonly string[] _occupations = ReferenceCatalog.Instance.Occupations.AtLevel("minor").Select(o => o.Code).ToArray();
    private readonly string[] _dongs = ReferenceCatalog.Instance.Regions.AtLevel("dong").Select(o => o.Code).ToArray();
    private const int Batch = 5_000;

    private DateTime Between(DateTime from, DateTime to) => from.AddMinutes(_r.NextDouble() * (to - from).TotalMinutes);
    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(9));

    public async Task FillAsync(AppDbContext db)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var agencies = DemoDataGenerator.Agencies(Now).ToList();
        db.Agencies.AddRange(agencies);
        var companies = new DemoDataGenerator(seed, Now).Companies(Math.Max(100, postings / 25)).ToList();
        db.Companies.AddRange(companies);
        var staff = new AppUser { UserName = "bench-staff", Email = "bench@iljari.kr", DisplayName = "벤치", CreatedAt = Now };
        db.Users.Add(staff);
        await db.SaveChangesAsync();
        var u = staff.Id;
        var working = agencies.Where(a => !a.IsCityOffice).ToList();

        var seekerRows = new List<(int Id, DateTime CreatedAt)>();
        for (var i = 0; i < seekers; i += Batch)
        {
            var chunk = new List<SeekerProfile>();
            for (var k = i; k < Math.Min(seekers, i + Batch); k++)
            {
                var created = Between(Start.AddDays(-180), Now);
                var user = new AppUser { UserName = $"s{k}@bench", Email = $"s{k}@bench", DisplayName = "구직자", CreatedAt = created };
                db.Users.Add(user);
                var occ = _occupations[_r.Next(_occupations.Length)];
                chunk.Add(new SeekerProfile
                {
                    UserId = user.Id, Name = "구직자", BirthYear = _r.Next(1950, 2009), BirthMonth = _r.Next(1, 13), CreatedAt = created, UpdatedAt = created,
                    DesiredOccupations = _r.Next(3) == 0 ? [occ, occ[..2] + _r.Next(1, 6)] : [occ],
                    DesiredRegions = _r.Next(4) == 0 ? [] : [_dongs[_r.Next(_dongs.Length)]],
                    DesiredSalary = 2_000_000 + _r.Next(0, 200) * 10_000, DesiredSalaryType = SalaryType.Monthly,
                    Circumstances = _r.Next(10) switch { 0 => ["women"], 1 => ["lowincome"], 2 => ["disabled"], _ => [] },
                    Status = _r.Next(5) == 0 ? EmploymentStatus.Employed : EmploymentStatus.Unemployed,
                });
            }
            db.SeekerProfiles.AddRange(chunk);
            await db.SaveChangesAsync();
            seekerRows.AddRange(chunk.Select(s => (s.Id, s.CreatedAt)));
            foreach (var s in chunk.Where(_ => _r.Next(10) < 6))
                db.CaseAssignments.Add(new CaseAssignment { SeekerProfileId = s.Id, AgencyId = working[_r.Next(working.Count)].Id, RequestedAt = s.CreatedAt.AddDays(_r.Next(0, 20)), AssignedAt = s.CreatedAt });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var postingRows = new List<(int Id, int CompanyId, DateTime Published)>();
        for (var i = 0; i < postings; i += Batch)
        {
            var chunk = new List<JobPosting>();
            for (var k = i; k < Math.Min(postings, i + Batch); k++)
            {
                var company = companies[_r.Next(companies.Count)];
                var published = Between(Start.AddDays(-60), Now.AddDays(-1));
                var fields = new JobPostingFields
                {
                    Title = "직원 모집", OccupationCode = _occupations[_r.Next(_occupations.Length)], RegionCode = company.RegionCode, SalaryType = SalaryType.Monthly,
                    SalaryMin = 2_200_000 + _r.Next(0, 180) * 10_000, Description = "업무", Openings = _r.Next(1, 5), CloseDate = Day(published).AddDays(_r.Next(14, 90)),
                };
                var p = JobPosting.Draft(company.Id, fields, published);
                p.Apply(PostingAction.Publish, published);
                var closeAt = published.AddDays(_r.Next(3, 60));
                if (closeAt < Now && _r.Next(3) == 0) p.Apply(_r.Next(4) == 0 ? PostingAction.MarkFilled : PostingAction.Close, closeAt);
                chunk.Add(p);
            }
            db.JobPostings.AddRange(chunk);
            await db.SaveChangesAsync();
            postingRows.AddRange(chunk.Select(p => (p.Id, p.CompanyId, p.PublishedAt!.Value)));
            db.ChangeTracker.Clear();
        }

        var hired = await ApplicationsAsync(db, seekerRows, postingRows, u);
        await EventsAsync(db, working, companies, hired, u);
        await ProgramsAsync(db, working, seekerRows, u);
        await IncentivesAsync(db, working, hired, u);
        await SupportAsync(db, agencies, companies, u);
    }

    private async Task<List<(int App, int Seeker, int Company, int Placement, DateOnly Start)>> ApplicationsAsync(AppDbContext db,
        List<(int Id, DateTime CreatedAt)> seekerRows, List<(int Id, int CompanyId, DateTime Published)> postingRows, string u)
    {
        var pairs = new HashSet<(int, int)>();
        var hired = new List<(int App, int Seeker, int Company, int Placement, DateOnly Start)>();
        for (var i = 0; i < applications; i += Batch)
        {
            var chunk = new List<(JobApplication App, DateTime At)>();
            while (chunk.Count < Math.Min(Batch, applications - i))
            {
                var s = seekerRows[_r.Next(seekerRows.Count)];
                var p = postingRows[_r.Next(postingRows.Count)];
                if (!pairs.Add((s.Id, p.Id))) continue;
                var at = (s.CreatedAt > p.Published ? s.CreatedAt : p.Published).AddDays(_r.Next(0, 14));
                if (at > Now) at = Now;
                var app = JobApplication.Submit(p.Id, p.CompanyId, s.Id, ApplicationSource.Seeker, u, null, at);
                var roll = _r.Next(100);
                if (roll < 15) { app.Apply(ApplicationAction.Interview, u, null, at); app.Apply(ApplicationAction.Hire, u, null, at); }
                else if (roll < 50) app.Apply(ApplicationAction.Reject, u, "부적합", at);
                chunk.Add((app, at));
            }
            db.JobApplications.AddRange(chunk.Select(c => c.App));
            await db.SaveChangesAsync();
            var placements = chunk.Where(c => c.App.Status == ApplicationStatus.Hired)
                .Select(c => (c.App, P: Placement.Record(c.App, Day(c.At).AddDays(_r.Next(3, 30)), 40, SalaryType.Monthly, 2_500_000, u, c.At))).ToList();
            db.Placements.AddRange(placements.Select(x => x.P));
            await db.SaveChangesAsync();
            hired.AddRange(placements.Select(x => (x.App.Id, x.App.SeekerProfileId, x.App.CompanyId, x.P.Id, x.P.StartDate)));
            db.ChangeTracker.Clear();
        }
        return hired;
    }

    /// <summary>One event a fortnight; 200 registrations each (70 % come); some hires came out of an event interview.</summary>
    private async Task EventsAsync(AppDbContext db, List<Agency> agencies, List<Company> companies, List<(int App, int Seeker, int Company, int Placement, DateOnly Start)> hired, string u)
    {
        var byEvent = hired.Where(_ => _r.Next(10) == 0).GroupBy(h => h.Start.DayNumber / 14).ToList();
        foreach (var group in byEvent)
        {
            var date = group.Min(h => h.Start).AddDays(-3);
            var e = HiringEvent.Draft(agencies[_r.Next(agencies.Count)].Id, u, new HiringEventFields
            {
                Title = "채용박람회", Place = "킨텍스", Date = date, Capacity = 1000, RegistrationOpens = date.AddDays(-20), RegistrationCloses = date.AddDays(-1),
            }, date.AddDays(-20), Now);
            db.HiringEvents.Add(e);
            await db.SaveChangesAsync();
            e.Publish(0);
            var booths = group.Select(h => h.Company).Distinct().Select(c => EventBooth.Request(e, c, [1], 20, 2, [], null, Now)).ToList();
            booths.ForEach(b => b.Decide(true, Now));
            db.EventBooths.AddRange(booths);
            var regs = group.DistinctBy(h => h.Seeker).Select(h => (h, R: EventRegistration.Create(e, h.Seeker, [], new HashSet<int>(), false, u, false, Now))).ToList();
            regs.ForEach(x => x.R.CheckIn(Now));
            db.EventRegistrations.AddRange(regs.Select(x => x.R));
            await db.SaveChangesAsync();
            // StartsAtUtc is computed from Korean wall time (Kind unspecified); PostgreSQL stores UTC only.
            var start = DateTime.SpecifyKind(e.StartsAtUtc, DateTimeKind.Utc);
            foreach (var (h, r) in regs)
            {
                var interview = new EventInterview(e.Id, booths.First(b => b.CompanyId == h.Company).Id, r.Id, h.Seeker, start, start.AddMinutes(20));
                interview.Record(InterviewOutcome.Pass, null, h.App, Now);
                db.EventInterviews.Add(interview);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private async Task ProgramsAsync(AppDbContext db, List<Agency> agencies, List<(int Id, DateTime CreatedAt)> seekerRows, string u)
    {
        for (var i = 0; i < 150; i++)
        {
            var opens = Day(Between(Start, Now.AddDays(-60)));
            var program = JobProgram.Create(agencies[i % agencies.Count].Id, new JobProgramFields
            {
                Title = $"취업 과정 {i}", Capacity = 40, ApplicationOpens = opens, ApplicationCloses = opens.AddDays(14),
                TargetOccupations = [_occupations[_r.Next(_occupations.Length)]],
            }, [new EligibilityRule { Year = opens.Year }], Now);
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            var sessions = Enumerable.Range(0, 5).Select(k => ProgramSession.Create(program.Id, new() { Date = opens.AddDays(20 + 7 * k), Place = "강의실" })).ToList();
            db.ProgramSessions.AddRange(sessions);
            var ok = new EligibilityResult(true, "누구나", []);
            var apps = Enumerable.Range(0, 30).Select(_ => seekerRows[_r.Next(seekerRows.Count)].Id).Distinct()
                .Select(s => ProgramApplication.Apply(program, s, ok, false, opens, Now)).ToList();
            apps.ForEach(a => a.Approve(opens.AddDays(10).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            db.ProgramApplications.AddRange(apps);
            await db.SaveChangesAsync();
            var last = sessions[^1].Date;
            foreach (var a in apps)
                foreach (var s in sessions.Where(s => s.Date <= Day(Now)))
                    db.ProgramAttendance.Add(ProgramAttendance.Record(s, a, _r.Next(10) < 8 ? AttendanceStatus.Present : AttendanceStatus.Absent, u, Day(Now), Now));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private async Task IncentivesAsync(AppDbContext db, List<Agency> agencies, List<(int App, int Seeker, int Company, int Placement, DateOnly Start)> hired, string u)
    {
        foreach (var year in new[] { 2025, 2026 })
        {
            var scheme = IncentiveScheme.Create(year, $"{year} 취업성공장려금", new IncentiveRules(), Now);
            db.IncentiveSchemes.Add(scheme);
            await db.SaveChangesAsync();
            db.LedgerTransactions.Add(LedgerTransaction.Allocate(scheme, 5_000_000_000, 0, null, u, new DateTime(year, 1, 5, 0, 0, 0, DateTimeKind.Utc)));
            var claims = hired.Where(h => h.Start.Year == year && h.Start.AddMonths(6) < Day(Now) && _r.Next(4) == 0).Select(h =>
            {
                var c = IncentiveClaim.File(scheme, h.Seeker, h.Placement, agencies[_r.Next(agencies.Count)].Id, new IncentiveMilestone(6, 500_000), h.Start.AddMonths(6),
                    "국민은행", "123456789012", "예금주", u, h.Start.AddMonths(6).AddDays(5).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
                c.AddEvidence(ClaimEvidence.Of(EvidenceKind.InsuranceHistory, "x.pdf", "x.pdf", Now));
                return c;
            }).ToList();
            db.IncentiveClaims.AddRange(claims);
            await db.SaveChangesAsync();
            var batch = PaymentBatch.Open(scheme.Id, u, Now);
            db.PaymentBatches.Add(batch);
            await db.SaveChangesAsync();
            foreach (var c in claims.Where(_ => _r.Next(3) > 0))
            {
                var at = c.FiledAt.AddDays(10);
                c.Approve(u, null, at);
                db.LedgerTransactions.Add(LedgerTransaction.Commit(scheme, c, long.MaxValue, u, at));
                c.PutInBatch(batch.Id);
                c.MarkPaid(at.AddDays(5));
                db.LedgerTransactions.Add(LedgerTransaction.Pay(scheme, c, batch.Id, u, at.AddDays(5)));
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private async Task SupportAsync(AppDbContext db, List<Agency> agencies, List<Company> companies, string u)
    {
        var merchant = agencies.First(a => a.Code == "GOYANG-MERCHANT").Id;
        var social = agencies.First(a => a.Code == "GOYANG-SOCIAL").Id;
        var scheme = GuaranteeScheme.Create(merchant, "소상공인 특례보증", 2025, 5, 20_000_000_000, 100_000_000, Now);
        db.GuaranteeSchemes.Add(scheme);
        await db.SaveChangesAsync();
        var firms = companies.OrderBy(_ => _r.Next()).Take(400).ToList();
        foreach (var c in firms.Take(300))
        {
            var g = Guarantee.Apply(scheme, c.Id, 30_000_000, 36, "농협은행", null, new DateOnly(2025, 1, 2));
            g.Approve(scheme, 0, Day(Between(Start, Now.AddDays(-30))), u, Now);
            db.Guarantees.Add(g);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        foreach (var (c, i) in firms.Skip(300).Select((c, i) => (c, i)))
        {
            var registered = Day(Between(Start, Now.AddDays(-200)));
            var e = SocialEnterprise.Register(social, new SocialEnterpriseFields
            {
                Type = SocialEnterpriseType.Cooperative, Name = $"협동조합 {i}", Representative = "대표", GuCode = "4128500000", Address = "고양시",
                DesignatedOn = registered.AddDays(-30), SocialMission = "지역 일자리", Employees = 5, VulnerableEmployees = 1,
            }, registered, u, "벤치", Now);
            e.LinkCompany(c.Id);
            for (var k = 1; k <= 3; k++) e.RecordHeadcount(registered.AddDays(60 * k), 5 + _r.Next(0, 6), 1, null, Day(Now), u, Now);
            db.SocialEnterprises.Add(e);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
}
