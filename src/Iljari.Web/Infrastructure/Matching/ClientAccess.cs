using System.Security.Claims;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Matching;

namespace Iljari.Web.Infrastructure.Matching;

/// <summary>
/// Which clients a staff member may see: a counselor their own open assignments, an agency admin those of their
/// agency (requests still waiting for a counselor are in the queue, not here). The city admin sees no individual client (aggregates only), per least privilege (DESIGN.md §4).
/// </summary>
public static class ClientAccess
{
    public static async Task<IQueryable<CaseAssignment>> VisibleAssignmentsAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var open = db.CaseAssignments.AsNoTracking().Where(a => a.ClosedAt == null && a.CounselorUserId != null);
        var userId = user.Id();
        if (user.IsInRole(Roles.AgencyAdmin))
        {
            var agencyId = await db.OrganisationIdAsync(user, ct);
            return open.Where(a => a.AgencyId == agencyId);
        }
        return user.IsInRole(Roles.Counselor) ? open.Where(a => a.CounselorUserId == userId) : open.Where(_ => false);
    }

    /// <summary>The caller's clients as (id, name) for a "which client?" select, by name; at most 500.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> ClientChoicesAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        (await (await db.VisibleAssignmentsAsync(user, ct))
            .Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { s.Id, s.Name }).OrderBy(x => x.Name).Take(500).ToListAsync(ct))
        .Select(x => (x.Id, x.Name)).ToList();
}
