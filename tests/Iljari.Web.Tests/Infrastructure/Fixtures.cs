using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>One SQLite-backed app shared by a test class.</summary>
public sealed class SqliteApp() : IljariApp(TestDatabase.Sqlite);

/// <summary>One PostgreSQL-backed app shared by a test class; tests call <see cref="TestEnvironment.RequirePostgres"/> first.</summary>
public sealed class PostgresApp() : IljariApp(TestDatabase.Postgres);

public static class AppQueries
{
    /// <summary>A posting of a company other than the demo employer's, in the given status.</summary>
    public static Task<int> ForeignPostingAsync(this IljariApp app, PostingStatus status) => app.WithDbAsync(db =>
        db.JobPostings.Where(p => p.Status == status && p.Company!.BusinessNumber != Web.Infrastructure.DemoAccounts.CompanyBusinessNumber)
            .Select(p => p.Id).FirstAsync());

    public static Task<int> OwnCompanyIdAsync(this IljariApp app) => app.WithDbAsync(db =>
        db.Companies.Where(c => c.BusinessNumber == Web.Infrastructure.DemoAccounts.CompanyBusinessNumber).Select(c => c.Id).FirstAsync());

    /// <summary>The demo employer's open posting.</summary>
    public static Task<int> OwnOpenPostingAsync(this IljariApp app) => app.WithDbAsync(db =>
        db.JobPostings.Where(p => p.Company!.BusinessNumber == Web.Infrastructure.DemoAccounts.CompanyBusinessNumber && p.Status == PostingStatus.Open)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    public static Task<int> SeekerProfileIdAsync(this IljariApp app, string email) => app.WithDbAsync(db =>
        db.SeekerProfiles.Where(p => p.Email == email).Select(p => p.Id).FirstAsync());

    public static Task<string> UserIdAsync(this IljariApp app, string email) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync());

    /// <summary>A generated seeker (not the demo seeker) with no application yet; <paramref name="skip"/> keeps tests of one app apart.</summary>
    public static Task<(int Id, string Email)> SeekerWithoutApplicationsAsync(this IljariApp app, int skip) => app.WithDbAsync(async db =>
    {
        var s = await db.SeekerProfiles.Where(s => s.Email != Web.Infrastructure.DemoAccounts.Seeker && !db.JobApplications.Any(a => a.SeekerProfileId == s.Id))
            .OrderBy(s => s.Id).Skip(skip).Select(s => new { s.Id, s.Email }).FirstAsync();
        return (s.Id, s.Email);
    });

    /// <summary>
    /// A new open copy of the demo employer's barista posting, published now: nobody has applied to it, so tests that
    /// rank seekers for it do not depend on what other tests did to the demo posting.
    /// </summary>
    public static Task<int> FreshBaristaPostingAsync(this IljariApp app) => app.WithDbAsync(async db =>
    {
        var source = await db.JobPostings.FirstAsync(p => p.Company!.BusinessNumber == Web.Infrastructure.DemoAccounts.CompanyBusinessNumber && p.Status == PostingStatus.Open);
        var now = DateTime.UtcNow;
        var copy = JobPosting.Draft(source.CompanyId, source.Fields, now);
        copy.Apply(PostingAction.Publish, now);
        db.JobPostings.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    });

    /// <summary>A signed-in employer of a second company (signed up through the form), for "another company" checks.</summary>
    public static async Task<HttpClient> ForeignEmployerAsync(this IljariApp app)
    {
        const string email = "other-company@example.kr", password = "other-pass-1";
        var client = app.Client();
        if (!await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)))
        {
            var signUp = await Forms.PostAsync(client, "/Account/RegisterEmployer", new()
            {
                ["Account.Email"] = email, ["Account.Name"] = "오담당", ["Account.Password"] = password, ["Account.ConfirmPassword"] = password,
                ["Account.Consent"] = "true", ["Company.Name"] = "백석 꽃농원", ["Company.BusinessNumber"] = "220-81-62517", ["Company.IndustryCode"] = "01",
                ["Company.Size"] = "Micro", ["Company.Address"] = "경기도 고양시 일산동구 백석동 1", ["Company.RegionCode"] = "4128510200",
                ["Company.ContactPhone"] = "031-900-1111",
            });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, signUp.StatusCode);
            return client;
        }
        return await app.SignedInAsync(email, password);
    }

    /// <summary>The agency of the second demo counselor (여성새로일하기센터).</summary>
    public static Task<int> PartnerAgencyIdAsync(this IljariApp app) => app.WithDbAsync(db =>
        db.Agencies.Where(a => a.Code == Web.Infrastructure.DemoAccounts.PartnerAgencyCode).Select(a => a.Id).FirstAsync());

    /// <summary>
    /// Runs four outbox dispatchers at once (besides the app's own) until nothing is due, then checks that every row whose
    /// key starts with <paramref name="keyPrefix"/> was sent in one attempt and appears once in the delivery journal.
    /// </summary>
    public static async Task<List<Core.Domain.Notifications.OutboxMessage>> DispatchConcurrentlyAsync(this IljariApp app, string keyPrefix)
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Notifications.OutboxDispatcher>();
            while (await dispatcher.DispatchOnceAsync(default) > 0) { }
        }));
        var rows = await app.WithDbAsync(db => db.Outbox.Where(m => m.DedupKey.StartsWith(keyPrefix)).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, m => Assert.Equal((1, true), (m.Attempts, m.SentAt is not null)));
        var journal = File.ReadAllLines(Path.Combine(app.FilesFolder, "outbox", "sent.log")).Select(l => long.Parse(l.Split('\t')[0])).ToList();
        foreach (var m in rows) Assert.Equal(1, journal.Count(id => id == m.Id));
        return rows;
    }
}
