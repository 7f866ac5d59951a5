using System.Security.Claims;
using Iljari.Core.Domain.Accounts;

namespace Iljari.Web.Infrastructure.Guarantees;

/// <summary>
/// Who runs which 소상공인 금융 scheme: the city admin every one; a counselor or agency admin those of their own agency;
/// anyone else none (an agency id no scheme has).
/// </summary>
public readonly record struct FinanceScope(bool All, int? AgencyId)
{
    /// <summary>Agency code of the 고양시 소상공인지원센터, which runs the city's 소상공인 금융 지원 (seed data, see DemoDataGenerator).</summary>
    public const string CentreCode = "GOYANG-MERCHANT";

    public static async Task<FinanceScope> OfAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(Roles.CityAdmin)) return new(true, null);
        if (!user.IsInRole(Roles.Counselor) && !user.IsInRole(Roles.AgencyAdmin)) return new(false, null);
        return new(false, await db.OrganisationIdAsync(user, ct));
    }

    /// <summary>
    /// The agency a new 특례보증 scheme or 이차보전 round is opened for: the caller's own, when they are a counselor or agency
    /// admin of the 소상공인지원센터 or of an agency that already runs a scheme or round; otherwise null (refused). The city
    /// admin follows and decides on every scheme but opens none: a scheme belongs to the agency whose staff run its desk,
    /// and the city has no desk of its own to put it under.
    /// </summary>
    public static async Task<int?> DeskAgencyAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Counselor) && !user.IsInRole(Roles.AgencyAdmin)) return null;
        if (await db.OrganisationIdAsync(user, ct) is not { } agency) return null;
        var runs = await db.Agencies.AnyAsync(a => a.Id == agency && a.Code == CentreCode, ct)
            || await db.GuaranteeSchemes.AnyAsync(s => s.AgencyId == agency, ct)
            || await db.InterestSupportRounds.AnyAsync(r => r.AgencyId == agency, ct);
        return runs ? agency : null;
    }
}
