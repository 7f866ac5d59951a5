using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure;

/// <summary>Start-up work: migrate, make sure the roles exist, fill demo data in demo mode, build the search index.</summary>
public static class DatabasePreparation
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await MigrateAsync(db);
        await Sharing.AccessLogIntegrity.SealUnchainedAsync(db);
        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
        if (sp.GetRequiredService<IOptions<IljariOptions>>().Value.DemoMode)
        {
            await DemoSeeding.SeedAsync(sp);
            await Security.DemoStaffAuthenticator.EnsureAsync(sp);
        }
        await RebuildSearchIndexAsync(db, sp.GetRequiredService<IPostingSearch>());
    }

    public static async Task MigrateAsync(AppDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            // A relative SQLite path is created in the working folder; make sure its folder exists.
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir) && path != ":memory:") Directory.CreateDirectory(dir);
        }
        await db.Database.MigrateAsync();
        // Profiles saved before the mismatch table existed get their rows once; afterwards the interceptor keeps them.
        await Core.Dashboard.SeekerWishInterceptor.BackfillAsync(db);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    public static async Task<int> RebuildSearchIndexAsync(AppDbContext db, IPostingSearch index)
    {
        var rows = await db.JobPostings.AsNoTracking()
            .Where(p => p.Status == PostingStatus.Open)
            .Select(p => new { Posting = p, CompanyName = p.Company!.Name })
            .ToListAsync();
        index.Rebuild(rows.Select(r => PostingDocument.From(r.Posting, r.CompanyName)));
        return rows.Count;
    }
}
