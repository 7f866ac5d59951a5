using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Programs;

namespace Iljari.Web.Infrastructure.Programs;

/// <summary>
/// Only the operating agency's staff (counselors and the agency admin) manage a program; for anyone else a program or
/// session id is unknown (404). The agency is part of each query, never checked after loading.
/// </summary>
public static class ProgramAccess
{
    public static bool IsProgramStaff(this ClaimsPrincipal user) => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.AgencyAdmin);

    /// <summary>The caller's agency when they are program staff, otherwise null.</summary>
    public static async Task<int?> ProgramAgencyIdAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsProgramStaff() ? await db.OrganisationIdAsync(user, ct) : null;

    public static async Task<JobProgram?> ManagedProgramAsync(this AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (await db.ProgramAgencyIdAsync(user, ct) is not { } agencyId) return null;
        return await db.Programs.FirstOrDefaultAsync(p => p.Id == id && p.AgencyId == agencyId, ct);
    }

    public static async Task<(ProgramSession Session, JobProgram Program)?> ManagedSessionAsync(this AppDbContext db, ClaimsPrincipal user, int sessionId, CancellationToken ct)
    {
        if (await db.ProgramAgencyIdAsync(user, ct) is not { } agencyId) return null;
        var found = await db.ProgramSessions.Where(s => s.Id == sessionId)
            .Join(db.Programs.Where(p => p.AgencyId == agencyId), s => s.ProgramId, p => p.Id, (s, p) => new { s, p }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.s, found.p);
    }
}
