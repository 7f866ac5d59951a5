using System.Security.Claims;
using Iljari.Core.Domain.Accounts;

namespace Iljari.Web.Infrastructure.Guarantees;

/// <summary>
/// Who runs which 소상공인 금융 scheme: the city admin every one; a counselor or agency admin those of their own agency;
/// anyone else none (an agency id no scheme has).
/// </summary>
public readonly record struct FinanceScope(bool All, int? AgencyId)
{
    public static async Task<FinanceScope> OfAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(Roles.CityAdmin)) return new(true, null);
        if (!user.IsInRole(Roles.Counselor) && !user.IsInRole(Roles.AgencyAdmin)) return new(false, null);
        return new(false, await db.OrganisationIdAsync(user, ct));
    }
}
