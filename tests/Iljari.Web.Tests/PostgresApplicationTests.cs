using Iljari.Core.Applications;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>The applications' filtered unique index, status queries and expiry on PostgreSQL.</summary>
public class PostgresApplicationTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_live_application_per_seeker_and_posting_and_expiry_work_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var now = new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var open = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Status == PostingStatus.Open)
            .Select(p => new { p.Id, p.CompanyId }).FirstAsync(Ct));
        var (posting, company) = (open.Id, open.CompanyId);
        var seeker = await app.WithDbAsync(db => db.SeekerProfiles.Select(p => p.Id).FirstAsync(Ct));
        await app.WithDbAsync(db =>
        {
            db.JobApplications.Add(JobApplication.Submit(posting, company, seeker, ApplicationSource.Seeker, "s", null, now.AddDays(-40)));
            return db.SaveChangesAsync(Ct);
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(db =>
        {
            db.JobApplications.Add(JobApplication.Submit(posting, company, seeker, ApplicationSource.Referral, "c", null, now));
            return db.SaveChangesAsync(Ct);
        }));

        Assert.True(await app.WithDbAsync(db => ApplicationExpiry.ExpireStaleAsync(db, now, Ct)) >= 1);
        // Once expired it no longer blocks a new application.
        await app.WithDbAsync(db =>
        {
            db.JobApplications.Add(JobApplication.Submit(posting, company, seeker, ApplicationSource.Referral, "c", null, now));
            return db.SaveChangesAsync(Ct);
        });
        var statuses = await app.WithDbAsync(db => db.JobApplications.Where(a => a.SeekerProfileId == seeker && a.JobPostingId == posting)
            .OrderBy(a => a.Id).Select(a => a.Status).ToListAsync(Ct));
        Assert.Equal([ApplicationStatus.Expired, ApplicationStatus.Received], statuses);
    }
}
