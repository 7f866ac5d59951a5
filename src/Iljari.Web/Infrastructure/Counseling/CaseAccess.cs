using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Counseling;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Infrastructure.Counseling;

/// <summary>The open case of a seeker that the caller may work on: their own as counselor, any of the agency as agency admin.</summary>
public static class CaseAccess
{
    public static async Task<CaseAssignment?> OpenCaseAsync(this AppDbContext db, ClaimsPrincipal user, int seekerProfileId, CancellationToken ct)
    {
        var visible = await db.VisibleAssignmentsAsync(user, ct);
        var id = await visible.Where(a => a.SeekerProfileId == seekerProfileId).OrderByDescending(a => a.AssignedAt).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : await db.CaseAssignments.FirstAsync(a => a.Id == id, ct);
    }

    /// <summary>Requests waiting in the caller's agency queue (no counselor yet).</summary>
    public static async Task<IQueryable<CaseAssignment>> QueueAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Counselor) && !user.IsInRole(Roles.AgencyAdmin)) return db.CaseAssignments.Where(_ => false);
        var agencyId = await db.OrganisationIdAsync(user, ct);
        return db.CaseAssignments.AsNoTracking().Where(a => a.AgencyId == agencyId && a.CounselorUserId == null && a.ClosedAt == null);
    }
}
