using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;

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
            .Select(p => p.Id).FirstAsync());

    public static Task<int> SeekerProfileIdAsync(this IljariApp app, string email) => app.WithDbAsync(db =>
        db.SeekerProfiles.Where(p => p.Email == email).Select(p => p.Id).FirstAsync());
}
