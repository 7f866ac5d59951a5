using Iljari.Core.Data;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Seekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Core.Dashboard;

/// <summary>
/// Keeps <see cref="SeekerProfile.FirstJobOn"/> inside the same SaveChanges that adds a placement: the earliest start day
/// on or after the Korean day the seeker registered. Placements are never edited in their start day nor deleted, so an
/// added one can only move the day earlier. A seeker added in the same save is found among the tracked entries.
/// </summary>
public sealed class FirstJobInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db && Added(db) is { Count: > 0 } added)
        {
            if (Missing(db, added) is { Count: > 0 } missing) db.SeekerProfiles.Where(s => missing.Contains(s.Id)).Load();
            Apply(added, Tracked(db));
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is AppDbContext db && Added(db) is { Count: > 0 } added)
        {
            if (Missing(db, added) is { Count: > 0 } missing) await db.SeekerProfiles.Where(s => missing.Contains(s.Id)).LoadAsync(ct);
            Apply(added, Tracked(db));
        }
        return result;
    }

    /// <summary>The Korean calendar day of registration, as the dashboard counts it.</summary>
    public static DateOnly RegisteredOn(SeekerProfile s) => DateOnly.FromDateTime(s.CreatedAt.AddHours(9));

    private static List<Placement> Added(AppDbContext db)
    {
        if (!db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<Placement>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
    }

    /// <summary>Tracked profiles by their key (a temporary one for a profile added in this save, which the placement carries too).</summary>
    private static Dictionary<int, SeekerProfile> Tracked(AppDbContext db) =>
        db.ChangeTracker.Entries<SeekerProfile>().GroupBy(e => e.Property(p => p.Id).CurrentValue).ToDictionary(g => g.Key, g => g.First().Entity);

    private static List<int> Missing(AppDbContext db, List<Placement> added)
    {
        var tracked = Tracked(db);
        return added.Select(p => p.SeekerProfileId).Distinct().Where(id => !tracked.ContainsKey(id)).ToList();
    }

    private static void Apply(List<Placement> added, Dictionary<int, SeekerProfile> seekers)
    {
        foreach (var p in added)
        {
            if (!seekers.TryGetValue(p.SeekerProfileId, out var s) || p.StartDate < RegisteredOn(s)) continue;
            if (s.FirstJobOn is null || p.StartDate < s.FirstJobOn) s.FirstJobOn = p.StartDate;
        }
    }
}
