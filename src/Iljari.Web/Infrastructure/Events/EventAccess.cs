using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Events;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>Only the organising agency's staff (counselors and agency admin) manage an event; anyone else gets 404.</summary>
public static class EventAccess
{
    public static async Task<HiringEvent?> ManagedEventAsync(this AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Counselor) && !user.IsInRole(Roles.AgencyAdmin)) return null;
        var agencyId = await db.OrganisationIdAsync(user, ct);
        return await db.HiringEvents.FirstOrDefaultAsync(e => e.Id == id && e.AgencyId == agencyId, ct);
    }

    /// <summary>The caller's approved (or requested) booth at the event, if they are an employer with one.</summary>
    public static async Task<EventBooth?> OwnBoothAsync(this AppDbContext db, ClaimsPrincipal user, int eventId, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(user, ct);
        return companyId is null ? null : await db.EventBooths.FirstOrDefaultAsync(b => b.EventId == eventId && b.CompanyId == companyId, ct);
    }
}
