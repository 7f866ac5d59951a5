using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Enterprises;

namespace Iljari.Web.Infrastructure.Enterprises;

/// <summary>What the caller may do with the social-economy register: whose enterprises they see, and whether they change them.</summary>
/// <param name="AgencyId">The centre whose register is seen; null for the city admin, who sees every centre's.</param>
/// <param name="CanEdit">The centre's own staff run the pipeline; the city follows it read-only (it funds, it does not consult).</param>
public sealed record SocialEconomyScope(int? AgencyId, bool CanEdit);

/// <summary>
/// The register belongs to the 고양시 사회적경제지원센터: its counselors and agency admin work on it; the city admin reads it;
/// everyone else is refused (403). The scope is part of every query, so an enterprise outside it is unknown (404).
/// </summary>
public static class SocialEconomyAccess
{
    /// <summary>Agency code of the 사회적경제지원센터 (seed data, see DemoDataSeeder).</summary>
    public const string CentreCode = "GOYANG-SOCIAL";

    public static async Task<SocialEconomyScope?> SocialEconomyScopeAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(Roles.CityAdmin)) return new SocialEconomyScope(null, CanEdit: false);
        if (!user.IsInRole(Roles.Counselor) && !user.IsInRole(Roles.AgencyAdmin) || user.Id() is not { } userId) return null;
        var centre = await db.Users.Where(u => u.Id == userId)
            .Join(db.Agencies.Where(a => a.Code == CentreCode), u => u.OrganisationId, a => a.Id, (u, a) => (int?)a.Id).FirstOrDefaultAsync(ct);
        return centre is null ? null : new SocialEconomyScope(centre, CanEdit: true);
    }

    public static IQueryable<SocialEnterprise> Visible(this IQueryable<SocialEnterprise> enterprises, SocialEconomyScope scope) =>
        scope.AgencyId is { } agencyId ? enterprises.Where(e => e.AgencyId == agencyId) : enterprises;

    /// <summary>One enterprise inside the caller's scope (tracked, for changes), or null.</summary>
    public static Task<SocialEnterprise?> EnterpriseInScopeAsync(this AppDbContext db, SocialEconomyScope scope, int id, CancellationToken ct) =>
        db.SocialEnterprises.Visible(scope).FirstOrDefaultAsync(e => e.Id == id, ct);

    public static async Task<string> DisplayNameAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.Id();
        return await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
    }
}
