using System.Net;
using Iljari.Core.Applications;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>지원 → 검토 → 면접 → 채용 through the pages, duplicate protection and ownership.</summary>
public class ApplicationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeker_applies_once_and_the_employer_moves_the_application_to_hired()
    {
        var posting = await app.OwnOpenPostingAsync();
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var detail = $"/Jobs/Detail/{posting}";

        var first = await Forms.PostAsync(seeker, $"{detail}?handler=Apply", new() { ["note"] = "주말 근무도 가능합니다." }, tokenFrom: detail);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/Seeker/Applications", first.Headers.Location?.OriginalString);
        // A double submit finds the first application instead of making a second one.
        await Forms.PostAsync(seeker, $"{detail}?handler=Apply", new() { ["note"] = "다시" }, tokenFrom: "/Seeker/Applications");
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var applications = await app.WithDbAsync(db => db.JobApplications.Where(a => a.JobPostingId == posting && a.SeekerProfileId == me).ToListAsync(Ct));
        var application = Assert.Single(applications);
        Assert.Equal(ApplicationSource.Seeker, application.Source);
        Assert.Contains("이미 지원한 공고입니다", await seeker.GetStringAsync("/Seeker/Applications", Ct), StringComparison.Ordinal);

        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var page = $"/Employer/Postings/Applicants/{posting}";
        var list = await employer.GetStringAsync(page, Ct);
        Assert.Contains("김하늘", list, StringComparison.Ordinal);
        Assert.Contains("주말 근무도 가능합니다.", list, StringComparison.Ordinal);

        async Task Move(string action, Dictionary<string, string>? extra = null)
        {
            var fields = new Dictionary<string, string> { ["applicationId"] = $"{application.Id}", ["action"] = action };
            foreach (var (k, v) in extra ?? []) fields[k] = v;
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(employer, $"{page}?handler=Move", fields, tokenFrom: page)).StatusCode);
        }
        await Move("Review");
        await Move("Interview", new() { ["interviewAt"] = "2026-12-03T14:00" });
        await Move("Reject"); // no reason: refused, nothing changes
        Assert.Contains("불합격 사유를 골라 주세요.", await employer.GetStringAsync(page, Ct), StringComparison.Ordinal);
        await Move("Hire", new() { ["startDate"] = "2026-12-01", ["hoursPerWeek"] = "40", ["salaryType"] = "Monthly", ["salary"] = "1000" });
        // Pay below the minimum wage is refused and nothing is saved, the application stays in 면접.
        Assert.Contains("최저임금", await employer.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Interview, await app.WithDbAsync(db => db.JobApplications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync(Ct)));
        await Move("Hire", new() { ["startDate"] = "2026-12-01", ["hoursPerWeek"] = "40", ["salaryType"] = "Monthly", ["salary"] = "2500000" });

        var saved = await app.WithDbAsync(db => db.JobApplications.Include(a => a.Events).SingleAsync(a => a.Id == application.Id, Ct));
        Assert.Equal(ApplicationStatus.Hired, saved.Status);
        Assert.Equal(new DateTime(2026, 12, 3, 5, 0, 0, DateTimeKind.Utc), saved.InterviewAt);
        Assert.Equal([ApplicationStatus.Received, ApplicationStatus.Reviewing, ApplicationStatus.Interview, ApplicationStatus.Hired],
            saved.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.To));
        var placement = await app.WithDbAsync(db => db.Placements.SingleAsync(p => p.JobApplicationId == application.Id, Ct));
        Assert.Equal((new DateOnly(2026, 12, 1), 40, 2_500_000L), (placement.StartDate, placement.HoursPerWeek, placement.Salary));
        var timeline = await seeker.GetStringAsync("/Seeker/Applications", Ct);
        Assert.Contains("채용", timeline, StringComparison.Ordinal);
        Assert.Contains("면접 2026. 12. 3. 14:00", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_company_cannot_see_or_move_applicants()
    {
        var foreign = await app.ForeignPostingAsync(PostingStatus.Open);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);

        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/Employer/Postings/Applicants/{foreign}", Ct)).StatusCode);
        var move = await Forms.PostAsync(employer, $"/Employer/Postings/Applicants/{foreign}?handler=Move",
            new() { ["applicationId"] = "1", ["action"] = "Review" }, tokenFrom: "/Employer/Postings");
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var denied = await seeker.GetAsync($"/Employer/Postings/Applicants/{foreign}", Ct);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_seekers_apply_and_anonymous_visitors_are_sent_to_log_in()
    {
        var posting = await app.ForeignPostingAsync(PostingStatus.Open);
        var detail = $"/Jobs/Detail/{posting}";
        // Other tests in this class may apply to the same posting; this one must add nothing.
        var before = await app.WithDbAsync(db => db.JobApplications.CountAsync(a => a.JobPostingId == posting, Ct));

        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var forbidden = await Forms.PostAsync(employer, $"{detail}?handler=Apply", [], tokenFrom: "/Employer/Postings");
        Assert.Contains("/Account/AccessDenied", forbidden.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var anonymous = await Forms.PostAsync(app.Client(), $"{detail}?handler=Apply", [], tokenFrom: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.JobApplications.CountAsync(a => a.JobPostingId == posting, Ct)));
    }

    [Fact]
    public async Task Counselor_refers_a_client_but_not_a_stranger()
    {
        var clients = await app.WithDbAsync(db => db.CaseAssignments.Select(a => a.SeekerProfileId).ToListAsync(Ct));
        var (client, stranger) = await app.WithDbAsync(async db => (
            await db.SeekerProfiles.Where(p => clients.Contains(p.Id) && p.Email != DemoAccounts.Seeker).Select(p => p.Id).FirstAsync(Ct),
            await db.SeekerProfiles.Where(p => !clients.Contains(p.Id)).Select(p => p.Id).FirstAsync(Ct)));
        var posting = await app.ForeignPostingAsync(PostingStatus.Open);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var page = $"/Staff/Clients/Recommendations/{client}";

        var refer = await Forms.PostAsync(counselor, $"{page}?handler=Refer", new() { ["postingId"] = $"{posting}", ["note"] = "성실하고 경험이 있습니다." }, tokenFrom: "/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.Redirect, refer.StatusCode);
        var application = await app.WithDbAsync(db => db.JobApplications.SingleAsync(a => a.SeekerProfileId == client && a.JobPostingId == posting, Ct));
        Assert.Equal(ApplicationSource.Referral, application.Source);
        Assert.Contains("상담사 알선", await counselor.GetStringAsync(page, Ct), StringComparison.Ordinal);

        var other = await Forms.PostAsync(counselor, $"/Staff/Clients/Recommendations/{stranger}?handler=Refer", new() { ["postingId"] = $"{posting}" }, tokenFrom: "/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.JobApplications.CountAsync(a => a.SeekerProfileId == stranger, Ct)));
    }

    [Fact]
    public async Task Applications_without_employer_action_for_30_days_expire_and_interviews_do_not()
    {
        var now = new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var (posting, company) = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Status == PostingStatus.Open)
            .Select(p => ValueTuple.Create(p.Id, p.CompanyId)).FirstAsync(Ct));
        // Seekers with no application yet, so other tests' applications cannot collide with these.
        var seekers = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => !db.JobApplications.Any(a => a.SeekerProfileId == p.Id))
            .OrderByDescending(p => p.Id).Select(p => p.Id).Take(3).ToListAsync(Ct));
        var ids = await app.WithDbAsync(async db =>
        {
            var stale = JobApplication.Submit(posting, company, seekers[0], ApplicationSource.Seeker, "s", null, now.AddDays(-31));
            var fresh = JobApplication.Submit(posting, company, seekers[1], ApplicationSource.Seeker, "s", null, now.AddDays(-29));
            var interview = JobApplication.Submit(posting, company, seekers[2], ApplicationSource.Seeker, "s", null, now.AddDays(-40));
            interview.Apply(ApplicationAction.Interview, "e", null, now.AddDays(-35), now.AddDays(-33));
            db.JobApplications.AddRange(stale, fresh, interview);
            await db.SaveChangesAsync(Ct);
            return (stale.Id, fresh.Id, interview.Id);
        });

        // Other tests' applications (made at today's real date) are stale by then too; only these three are checked.
        var expired = await app.WithDbAsync(db => ApplicationExpiry.ExpireStaleAsync(db, now, Ct));

        Assert.True(expired >= 1);
        var statuses = await app.WithDbAsync(db => db.JobApplications.Where(a => a.Id == ids.Item1 || a.Id == ids.Item2 || a.Id == ids.Item3)
            .ToDictionaryAsync(a => a.Id, a => a.Status, Ct));
        Assert.Equal(ApplicationStatus.Expired, statuses[ids.Item1]);
        Assert.Equal(ApplicationStatus.Received, statuses[ids.Item2]);
        Assert.Equal(ApplicationStatus.Interview, statuses[ids.Item3]);
        Assert.Equal(0, await app.WithDbAsync(db => ApplicationExpiry.ExpireStaleAsync(db, now, Ct)));
    }

    [Fact]
    public async Task Employer_holds_several_applicants_at_once_and_impossible_ones_are_skipped()
    {
        var posting = await app.OwnOpenPostingAsync();
        var company = await app.OwnCompanyIdAsync();
        var now = DateTime.UtcNow;
        var ids = await app.WithDbAsync(async db =>
        {
            var seekers = await db.SeekerProfiles.Where(p => !db.JobApplications.Any(a => a.SeekerProfileId == p.Id)).Select(p => p.Id).Take(3).ToListAsync(Ct);
            var list = seekers.Select(s => JobApplication.Submit(posting, company, s, ApplicationSource.Seeker, "s", null, now)).ToList();
            list[2].Apply(ApplicationAction.Cancel, "s", null, now);
            db.JobApplications.AddRange(list);
            await db.SaveChangesAsync(Ct);
            return list.Select(a => a.Id).ToList();
        });
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var page = $"/Employer/Postings/Applicants/{posting}";
        async Task<HttpResponseMessage> Bulk(string action, string? reason = null)
        {
            var body = ids.Select(i => new KeyValuePair<string, string>("ids", $"{i}"))
                .Append(new("action", action)).Append(new("reason", reason ?? ""))
                .Append(new("__RequestVerificationToken", await Forms.TokenAsync(employer, page)));
            return await employer.PostAsync($"{page}?handler=Bulk", new FormUrlEncodedContent(body), Ct);
        }

        await Bulk("Reject");
        Assert.Contains("불합격 사유를 골라 주세요.", await employer.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Bulk("Hold")).StatusCode);

        Assert.Contains("2건을 ‘보류’ 처리했습니다. 1건은 지금 상태에서 할 수 없어 건너뛰었습니다.", await employer.GetStringAsync(page, Ct), StringComparison.Ordinal);
        var statuses = await app.WithDbAsync(db => db.JobApplications.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Status).ToListAsync(Ct));
        Assert.Equal([ApplicationStatus.OnHold, ApplicationStatus.OnHold, ApplicationStatus.Cancelled], statuses);
    }
}
