using Iljari.Core.Data;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Iljari.Core.Tests.DemoData;

public class DemoDataGeneratorTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);

    private static (IReadOnlyList<Company> Companies, List<JobPosting> Postings, List<SeekerProfile> Seekers) Generate(DemoDataSize size, int seed = DemoDataGenerator.DefaultSeed)
    {
        var g = new DemoDataGenerator(seed, Now);
        var companies = g.Companies(size.Companies);
        for (var i = 0; i < companies.Count; i++) companies[i].Id = i + 1;
        return (companies, g.Postings(companies, size.Postings).ToList(), g.Seekers(size.Seekers).Select(s => s.Profile).ToList());
    }

    private static string Fingerprint((IReadOnlyList<Company> Companies, List<JobPosting> Postings, List<SeekerProfile> Seekers) d) =>
        string.Join("|", d.Companies.Select(c => c.Name + c.BusinessNumber)) + string.Join("|", d.Postings.Select(p => p.Title + p.SalaryMin + p.Status))
        + string.Join("|", d.Seekers.Select(s => s.Name + s.BirthYear + s.UserId));

    [Fact]
    public void The_same_seed_and_time_give_the_same_data_and_another_seed_does_not()
    {
        Assert.Equal(Fingerprint(Generate(DemoDataSize.Tiny)), Fingerprint(Generate(DemoDataSize.Tiny)));
        Assert.NotEqual(Fingerprint(Generate(DemoDataSize.Tiny)), Fingerprint(Generate(DemoDataSize.Tiny, seed: 7)));
    }

    [Fact]
    public void The_demo_set_is_big_realistic_and_valid()
    {
        var (companies, postings, seekers) = Generate(DemoDataSize.Demo);
        Assert.True(DemoDataGenerator.Agencies(Now).Count(a => !a.IsCityOffice) == 8);
        Assert.True(companies.Count >= 200 && postings.Count >= 1_000 && seekers.Count >= 2_000);
        Assert.All(companies, c => Assert.Null(BusinessNumber.Validate(c.BusinessNumber)));
        Assert.Equal(companies.Count, companies.Select(c => c.BusinessNumber).Distinct().Count());
        Assert.True(companies.Select(c => c.IndustryCode).Distinct().Count() >= 8);
        var today = DateOnly.FromDateTime(Now.AddHours(9));
        Assert.All(postings, p => Assert.Empty(p.Fields.Validate(DateOnly.FromDateTime((p.PublishedAt ?? p.CreatedAt).AddHours(9)))));
        Assert.All(seekers, s => Assert.Empty(SeekerProfileRules.Validate(s, today)));
        var open = postings.Count(p => p.Status == PostingStatus.Open) / (double)postings.Count;
        Assert.InRange(open, 0.7, 0.9);
        foreach (var word in new[] { "바리스타", "요양보호사", "경리", "간호사", "개발자", "용접", "조리사" })
            Assert.Contains(postings, p => p.Title.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seeding_writes_into_an_empty_database_once()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        db.Roles.Add(new IdentityRole(Roles.Seeker) { NormalizedName = Roles.Seeker.ToUpperInvariant() });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var seeder = new DemoDataSeeder(db, new FakeTimeProvider(Now));

        Assert.True(await seeder.SeedAsync(DemoDataSize.Tiny, new PasswordHasher<AppUser>(), "Demo1234!", TestContext.Current.CancellationToken));
        Assert.False(await seeder.SeedAsync(DemoDataSize.Tiny, new PasswordHasher<AppUser>(), "Demo1234!", TestContext.Current.CancellationToken));

        Assert.Equal(DemoDataSize.Tiny.Companies, await db.Companies.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(DemoDataSize.Tiny.Postings, await db.JobPostings.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(DemoDataSize.Tiny.Seekers, await db.UserRoles.CountAsync(TestContext.Current.CancellationToken));
        var user = await db.Users.FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<AppUser>().VerifyHashedPassword(user, user.PasswordHash!, "Demo1234!"));
    }
}
