using System.Net;
using Iljari.Core.Domain.Applications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Pages.Employer.Postings;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// The application workflow under parallel requests, on each database: twenty 지원 clicks at once make one live
/// application, and twenty racing 채용/불합격 decisions on one interviewed applicant leave exactly one of them — one
/// step out of 면접 in the timeline, and a placement if and only if the outcome is 채용. No request gets a 5xx.
/// </summary>
public static class ApplicationRaces
{
    public const int Parallel = 20;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task Parallel_applies_make_one_live_application(IljariApp app)
    {
        var posting = await app.OwnOpenPostingAsync();
        var (profile, email) = await app.SeekerWithoutApplicationsAsync(skip: 3);
        var seeker = await app.SignedInAsync(email);
        var page = $"/Jobs/Detail/{posting}";
        var token = await Forms.TokenAsync(seeker, page);

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(() =>
            seeker.PostAsync($"{page}?handler=Apply", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Ct))));

        Assert.All(answers, r => Assert.True((int)r.StatusCode < 500, $"apply answered {(int)r.StatusCode}"));
        var rows = await app.WithDbAsync(db => db.JobApplications.Where(a => a.JobPostingId == posting && a.SeekerProfileId == profile).ToListAsync(Ct));
        Assert.Single(rows);
        Assert.Equal(ApplicationStatus.Received, rows[0].Status);
    }

    public static async Task Racing_hire_and_reject_leave_one_outcome(IljariApp app)
    {
        var posting = await app.OwnOpenPostingAsync();
        var (seeker, _) = await app.SeekerWithoutApplicationsAsync(skip: 5);
        var application = await app.WithDbAsync(async db =>
        {
            var job = await db.JobPostings.FirstAsync(p => p.Id == posting, Ct);
            var a = JobApplication.Submit(posting, job.CompanyId, seeker, ApplicationSource.Seeker, "race", null, DateTime.UtcNow);
            a.Apply(ApplicationAction.Interview, "race", null, DateTime.UtcNow, DateTime.UtcNow.AddDays(3));
            db.JobApplications.Add(a);
            await db.SaveChangesAsync(Ct);
            return a.Id;
        });
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var page = $"/Employer/Postings/Applicants/{posting}";
        var token = await Forms.TokenAsync(employer, page);

        Dictionary<string, string> Move(int i) => i % 2 == 0
            ? new() { ["applicationId"] = $"{application}", ["action"] = "Hire", ["startDate"] = "2027-01-04", ["hoursPerWeek"] = "40",
                ["salaryType"] = "Monthly", ["salary"] = "2500000", ["employmentInsured"] = "true", ["__RequestVerificationToken"] = token }
            : new() { ["applicationId"] = $"{application}", ["action"] = "Reject", ["reason"] = ApplicantsModel.RejectReasons[0], ["__RequestVerificationToken"] = token };
        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => Task.Run(() =>
            employer.PostAsync($"{page}?handler=Move", new FormUrlEncodedContent(Move(i)), Ct))));

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var (status, outOfInterview, placements) = await app.WithDbAsync(async db => (
            await db.JobApplications.Where(a => a.Id == application).Select(a => a.Status).FirstAsync(Ct),
            await db.Set<ApplicationEvent>().CountAsync(e => e.JobApplicationId == application && e.From == ApplicationStatus.Interview, Ct),
            await db.Placements.CountAsync(p => p.JobApplicationId == application, Ct)));
        Assert.Contains(status, new[] { ApplicationStatus.Hired, ApplicationStatus.Rejected });
        Assert.Equal(1, outOfInterview);
        Assert.Equal(status == ApplicationStatus.Hired ? 1 : 0, placements);
    }
}

public class ApplicationRaceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task Twenty_parallel_applies_make_one_live_application() => ApplicationRaces.Parallel_applies_make_one_live_application(app);

    [Fact]
    public Task Twenty_racing_hire_and_reject_decisions_leave_one_outcome() => ApplicationRaces.Racing_hire_and_reject_leave_one_outcome(app);
}

public class PostgresApplicationRaceTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public Task Twenty_parallel_applies_make_one_live_application_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return ApplicationRaces.Parallel_applies_make_one_live_application(app);
    }

    [Fact]
    public Task Twenty_racing_hire_and_reject_decisions_leave_one_outcome_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return ApplicationRaces.Racing_hire_and_reject_leave_one_outcome(app);
    }
}
