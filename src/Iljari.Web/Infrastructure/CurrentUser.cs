using System.Security.Claims;
using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Infrastructure;

/// <summary>Who is calling, read from the database per request (organisation scoping must not trust a stale cookie).</summary>
public static class CurrentUser
{
    public static string? Id(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static async Task<int?> OrganisationIdAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.Id();
        if (id is null) return null;
        return await db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
    }

    /// <summary>The employer's company id, or null when the caller is not a company user.</summary>
    public static async Task<int?> CompanyIdAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.Id();
        if (id is null || !user.IsInRole(Roles.Employer)) return null;
        return await db.Users.Where(u => u.Id == id && u.Organisation is Company).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
    }

    /// <summary>The caller's own seeker profile id, or null when they have none.</summary>
    public static Task<int?> SeekerProfileIdAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.Id();
        return db.SeekerProfiles.Where(p => p.UserId == id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }
}
