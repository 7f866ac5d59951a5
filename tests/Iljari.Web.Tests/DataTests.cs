using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>The same data rules on both providers: migrations, check constraints, uniqueness, JSON and list columns.</summary>
public abstract class DataTests(IljariApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected virtual void RequireDatabase() { }

    [Fact]
    public async Task Migrations_apply_and_demo_data_is_seeded()
    {
        RequireDatabase();
        var (agencies, companies, postings, seekers) = await app.WithDbAsync(async db =>
            (await db.Agencies.CountAsync(Ct), await db.Companies.CountAsync(Ct), await db.JobPostings.CountAsync(Ct), await db.SeekerProfiles.CountAsync(Ct)));
        Assert.True(agencies >= 9, $"agencies {agencies}");
        Assert.True(companies > 1 && postings > 1 && seekers > 1, $"{companies}/{postings}/{seekers}");
        Assert.Empty(await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Ct)));
    }

    [Fact]
    public async Task Check_constraint_refuses_an_unknown_posting_status()
    {
        RequireDatabase();
        var id = await app.WithDbAsync(db => db.JobPostings.Select(p => p.Id).FirstAsync(Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"JobPostings\" SET \"Status\" = 'Nonsense' WHERE \"Id\" = {id}", Ct)));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"JobPostings\" SET \"SalaryMin\" = -1 WHERE \"Id\" = {id}", Ct)));
        Assert.NotEqual("Nonsense", await app.WithDbAsync(db => db.JobPostings.Where(p => p.Id == id).Select(p => p.Status.ToString()).FirstAsync(Ct)));
    }

    [Fact]
    public async Task Business_numbers_are_unique()
    {
        RequireDatabase();
        var existing = await app.WithDbAsync(db => db.Companies.Select(c => c.BusinessNumber).FirstAsync(Ct));
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(db =>
        {
            db.Companies.Add(new Company { Name = "중복 회사", BusinessNumber = existing, IndustryCode = "56", RegionCode = "4128500000", CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync(Ct);
        }));
    }

    [Fact]
    public async Task Seeker_lists_and_career_history_round_trip_and_can_be_queried()
    {
        RequireDatabase();
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Web.Infrastructure.DemoAccounts.Seeker).Select(u => u.Id).FirstAsync(Ct));
        var profile = await app.WithDbAsync(db => db.SeekerProfiles.AsNoTracking().FirstAsync(p => p.UserId == userId, Ct));
        Assert.Equal(["532"], profile.DesiredOccupations);
        Assert.Equal([EmploymentType.Permanent], profile.EmploymentTypes);
        Assert.Equal("라페스타 커피", Assert.Single(profile.Careers).CompanyName);
        Assert.Equal(24, profile.TotalCareerMonths);
        var baristas = await app.WithDbAsync(db => db.SeekerProfiles.CountAsync(p => p.DesiredOccupations.Contains("532"), Ct));
        Assert.True(baristas >= 1);
    }

    [Fact]
    public async Task Posting_transitions_are_persisted_through_the_entity()
    {
        RequireDatabase();
        var companyId = await app.OwnCompanyIdAsync();
        var now = DateTime.UtcNow;
        var fields = new JobPostingFields
        {
            Title = "데이터 테스트 공고", OccupationCode = "532", RegionCode = "4128500000", SalaryType = SalaryType.Hourly,
            SalaryMin = MinimumWage.HourlyWon2026, Description = "설명", CloseDate = DateOnly.FromDateTime(now.AddDays(10)),
        };
        var id = await app.WithDbAsync(async db =>
        {
            var p = JobPosting.Draft(companyId, fields, now);
            p.Apply(PostingAction.Publish, now);
            db.JobPostings.Add(p);
            await db.SaveChangesAsync(Ct);
            return p.Id;
        });
        var stored = await app.WithDbAsync(db => db.JobPostings.AsNoTracking().FirstAsync(p => p.Id == id, Ct));
        Assert.Equal(PostingStatus.Open, stored.Status);
        Assert.NotNull(stored.PublishedAt);
        Assert.Equal(fields.CloseDate, stored.CloseDate);
    }
}

public sealed class SqliteDataTests(SqliteApp app) : DataTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresDataTests(PostgresApp app) : DataTests(app), IClassFixture<PostgresApp>
{
    protected override void RequireDatabase() => TestEnvironment.RequirePostgres();
}
