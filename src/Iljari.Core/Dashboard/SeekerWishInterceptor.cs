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
        if (eventData.Context is AppDbContext db)
        {
            var (changed, ids) = Changed(db);
            Apply(db, changed, ids.Count == 0 ? [] : db.SeekerWishes.Where(w => ids.Contains(w.SeekerProfileId)).ToList());
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            var (changed, ids) = Changed(db);
            var old = ids.Count == 0 ? [] : await db.SeekerWishes.Where(w => ids.Contains(w.SeekerProfileId)).ToListAsync(ct);
            Apply(db, changed, old);
        }
        return result;
    }

    /// <summary>Profiles added or with a watched field changed, and the ids of the changed ones (whose old rows go).</summary>
    private static (List<EntityEntry<SeekerProfile>> Changed, List<int> ModifiedIds) Changed(AppDbContext db)
    {
        if (!db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries<SeekerProfile>()
            .Where(e => e.State == EntityState.Added || e.State == EntityState.Modified && Watched.Any(p => e.Property(p).IsModified)).ToList();
        return (changed, changed.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList());
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
        // A cursor on the id, not "profiles still without rows": a profile whose wishes give no row (e.g. only blank
        // occupation codes) would otherwise be picked again for ever and hang the start-up.
        var (done, after) = (0, 0);
        while (true)
        {
            var batch = await db.SeekerProfiles.AsNoTracking()
                .Where(s => s.Id > after && s.DesiredOccupations.Count > 0 && s.Status != Domain.Programs.EmploymentStatus.Employed && !db.SeekerWishes.Any(w => w.SeekerProfileId == s.Id))
                .OrderBy(s => s.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0) return done;
            after = batch[^1].Id;
            db.SeekerWishes.AddRange(batch.SelectMany(p => SeekerWish.Of(p.Id, p)));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += batch.Count;
        }
    }
}
