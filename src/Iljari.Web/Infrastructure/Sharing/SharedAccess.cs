using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary>What staff of one agency may see of a seeker who is not their client: the union of the live consents naming it.</summary>
public static class SharedAccess
{
    /// <summary>Consents live today that name the agency. Withdrawn or expired consents drop out at once.</summary>
    public static IQueryable<SharingConsent> LiveFor(this IQueryable<SharingConsent> consents, int agencyId, DateOnly todayKst) =>
        consents.Where(c => c.WithdrawnAt == null && c.ValidFrom <= todayKst && c.ValidUntil >= todayKst && c.RecipientAgencyIds.Contains(agencyId));

    public static async Task<SharedItems> ItemsAsync(AppDbContext db, int agencyId, int seekerProfileId, DateOnly todayKst, CancellationToken ct)
    {
        var items = await db.SharingConsents.AsNoTracking().Where(c => c.SeekerProfileId == seekerProfileId)
            .LiveFor(agencyId, todayKst).Select(c => c.Items).ToListAsync(ct);
        return items.Aggregate(SharedItems.None, (all, i) => all | i);
    }
}
