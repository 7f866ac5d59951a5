using Iljari.Core.Data;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Dashboard;

/// <summary>
/// Keeps <see cref="SeekerWish"/> rows in step with seeker profiles inside the same SaveChanges (same transaction): a new
/// profile gets its rows, a profile whose wishes changed has them replaced. New profiles are linked by their temporary
/// key, which EF fixes up on insert. Seekers marked 재직 have no rows (a change of Status rewrites them), so the mismatch
/// query needs no join to the profiles.
/// </summary>
public sealed class SeekerWishInterceptor : SaveChangesInterceptor
{
    private static readonly string[] Watched =
        [nameof(SeekerProfile.DesiredOccupations), nameof(SeekerProfile.DesiredRegions), nameof(SeekerProfile.DesiredSalary), nameof(SeekerProfile.DesiredSalaryType),
        nameof(SeekerProfile.Status)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db) Sync(db, ids => db.SeekerWishes.Where(w => ids.Contains(w.SeekerProfileId)).ToList());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            var changed = Changed(db);
            var ids = changed.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
            var old = ids.Count == 0 ? [] : await db.SeekerWishes.Where(w => ids.Contains(w.SeekerProfileId)).ToListAsync(ct);
            Apply(db, changed, old);
        }
        return result;
    }

    private static void Sync(AppDbContext db, Func<List<int>, List<SeekerWish>> load)
    {
        var changed = Changed(db);
        var ids = changed.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
        Apply(db, changed, ids.Count == 0 ? [] : load(ids));
    }

    private static List<EntityEntry<SeekerProfile>> Changed(AppDbContext db)
    {
        if (!db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<SeekerProfile>()
            .Where(e => e.State == EntityState.Added || e.State == EntityState.Modified && Watched.Any(p => e.Property(p).IsModified)).ToList();
    }

    private static void Apply(AppDbContext db, List<EntityEntry<SeekerProfile>> changed, List<SeekerWish> old)
    {
        db.SeekerWishes.RemoveRange(old);
        foreach (var entry in changed)
            db.SeekerWishes.AddRange(SeekerWish.Of(entry.Property(p => p.Id).CurrentValue, entry.Entity));
    }

    /// <summary>Writes the rows of profiles saved before this table existed (once, at start-up), a thousand at a time.</summary>
    public static async Task<int> BackfillAsync(AppDbContext db, CancellationToken ct = default)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.SeekerProfiles.AsNoTracking()
                .Where(s => s.DesiredOccupations.Count > 0 && s.Status != Domain.Programs.EmploymentStatus.Employed && !db.SeekerWishes.Any(w => w.SeekerProfileId == s.Id))
                .OrderBy(s => s.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0) return done;
            db.SeekerWishes.AddRange(batch.SelectMany(p => SeekerWish.Of(p.Id, p)));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += batch.Count;
        }
    }
}
