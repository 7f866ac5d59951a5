using System.Security.Claims;
using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Accounts;

namespace Iljari.Web.Infrastructure.Dashboard;

/// <summary>Whose numbers the caller sees: the city admin every agency's (optionally one), an agency admin only their own.</summary>
public sealed record DashboardScope(int? AgencyId, bool IsCity, string AgencyName);

/// <summary>
/// The control tower is for the city admin (all agencies) and agency admins (their agency only, inside every query).
/// An agency admin asking for another agency gets 403, so a shared link never shows them someone else's figures.
/// </summary>
public static class DashboardAccess
{
    public static async Task<DashboardScope?> DashboardScopeAsync(this AppDbContext db, ClaimsPrincipal user, int? requestedAgency, CancellationToken ct)
    {
        if (user.IsInRole(Roles.CityAdmin))
        {
            if (requestedAgency is not { } id) return new DashboardScope(null, true, "고양시 전체");
            var name = await db.Agencies.Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(ct);
            return name is null ? null : new DashboardScope(id, true, name);
        }
        if (!user.IsInRole(Roles.AgencyAdmin) || user.Id() is not { } userId) return null;
        var own = await db.Users.Where(u => u.Id == userId)
            .Join(db.Agencies, u => u.OrganisationId, a => a.Id, (u, a) => new { a.Id, a.Name }).FirstOrDefaultAsync(ct);
        if (own is null || requestedAgency is { } other && other != own.Id) return null;
        return new DashboardScope(own.Id, false, own.Name);
    }

    public static IServiceCollection AddIljariDashboard(this IServiceCollection services)
    {
        services.AddScoped<KpiService>();
        services.AddScoped<SupportedFirms>();
        services.AddScoped<MismatchQueries>();
        services.AddScoped<MonthlyReportBuilder>();
        return services;
    }
}
