using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>
/// Who may do what with a call: the operating agency's counselors and admin manage it; assigned reviewers (staff of
/// that agency or the city) score it. Both are part of each query, so for anyone else a call or application id is unknown (404).
/// </summary>
public static class SmeSupportAccess
{
    public static bool IsSupportStaff(this ClaimsPrincipal user) => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.AgencyAdmin);

    /// <summary>The caller's agency when they may run calls, otherwise null.</summary>
    public static async Task<int?> SupportAgencyIdAsync(this AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsSupportStaff() ? await db.OrganisationIdAsync(user, ct) : null;

    public static async Task<SupportCall?> ManagedCallAsync(this AppDbContext db, ClaimsPrincipal user, int callId, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(user, ct) is not { } agencyId) return null;
        return await db.SupportCalls.FirstOrDefaultAsync(c => c.Id == callId && c.AgencyId == agencyId, ct);
    }

    /// <summary>The call when the caller is one of its assigned reviewers.</summary>
    public static Task<SupportCall?> ReviewedCallAsync(this AppDbContext db, ClaimsPrincipal user, int callId, CancellationToken ct)
    {
        var me = user.Id();
        return db.SupportCalls.Where(c => c.Id == callId && db.SupportReviewers.Any(r => r.CallId == c.Id && r.UserId == me)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Staff who may be assigned as reviewers: the operating agency's and the city office's.</summary>
    public static async Task<List<(string Id, string Name, string Agency)>> ReviewerCandidatesAsync(this AppDbContext db, int agencyId, CancellationToken ct)
    {
        var cityOffices = db.Agencies.Where(a => a.IsCityOffice).Select(a => a.Id);
        var rows = await db.Users.Where(u => u.OrganisationId == agencyId || cityOffices.Contains(u.OrganisationId!.Value))
            .Join(db.Agencies, u => u.OrganisationId, a => a.Id, (u, a) => new { u.Id, u.DisplayName, a.Name, a.IsCityOffice })
            .OrderBy(x => x.IsCityOffice).ThenBy(x => x.DisplayName).ToListAsync(ct);
        return rows.Select(x => (x.Id, x.DisplayName, x.Name)).ToList();
    }

    /// <summary>The facts the eligibility check needs; the 설립일 comes from the form, the company record has none.</summary>
    public static CompanyFacts FactsOf(Company company, DateOnly? foundedOn)
    {
        var industries = ReferenceCatalog.Instance.Industries;
        var division = industries.Find(company.IndustryCode);
        return new CompanyFacts(division?.ParentCode ?? "", division?.Name ?? "", company.Size, company.RegionCode, foundedOn);
    }

    public static string SectionName(string letter) =>
        ReferenceCatalog.Instance.Industries.Find(letter) is { } s ? System.Text.RegularExpressions.Regex.Replace(s.Name, @"\(.*\)$", "") : letter;

    public static IEnumerable<(string Code, string Name)> Sections() =>
        ReferenceCatalog.Instance.Industries.AtLevel("section").Select(s => (s.Code, SectionName(s.Code)));
}
