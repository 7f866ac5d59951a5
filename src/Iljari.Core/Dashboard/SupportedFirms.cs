using Iljari.Core.Data;
using Iljari.Core.Domain.Guarantees;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.SmeSupport;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>Which kind of support made a company "supported".</summary>
public enum SupportSource { SmeSupport, Guarantee, SocialEconomy }

/// <summary>One support a company received, from when, and the agency that gave it.</summary>
public sealed class SupportFact
{
    public int CompanyId { get; init; }
    public DateOnly Since { get; init; }
    public int AgencyId { get; init; }
    public SupportSource Source { get; init; }
}

/// <summary>A supported company on the list: its earliest support, open postings now and hires since that day.</summary>
public sealed record SupportedCompany(int CompanyId, string Name, string IndustryCode, string RegionCode, DateOnly Since, bool SmeSupport, bool Guarantee,
    bool SocialEconomy, int OpenPostings, int Hires);

/// <summary>
/// 지원기업 일자리 창출 (issue 8 → 9), one definition for the three kinds of support: a company is supported from the
/// earliest of — SME support 선정 (decision day), 특례보증 승인 (approval day, guarantee in force or repaid), or its
/// social-economy enterprise's registration. Jobs created = people hired through this system who started there on or
/// after that day, plus the net headcount growth of social-economy enterprises from their dated headcounts. Companies
/// linked to a social-economy enterprise count by headcount only, so a hire there is not counted twice.
/// </summary>
public sealed class SupportedFirms(AppDbContext db)
{
    public IQueryable<SupportFact> Supports(int? agencyId = null)
    {
        var sme = db.SupportApplications.Where(a => a.Status == SupportApplicationStatus.Selected && a.DecidedAt != null)
            .Join(db.SupportCalls, a => a.CallId, c => c.Id, (a, c) => new SupportFact
            {
                CompanyId = a.CompanyId, Since = DateOnly.FromDateTime(a.DecidedAt!.Value.AddHours(9)), AgencyId = c.AgencyId, Source = SupportSource.SmeSupport,
            });
        var guarantees = db.Guarantees.Where(g => (g.Status == GuaranteeStatus.Active || g.Status == GuaranteeStatus.Repaid) && g.ApprovedOn != null)
            .Join(db.GuaranteeSchemes, g => g.SchemeId, s => s.Id, (g, s) => new SupportFact
            {
                CompanyId = g.CompanyId, Since = g.ApprovedOn!.Value, AgencyId = s.AgencyId, Source = SupportSource.Guarantee,
            });
        var social = db.SocialEnterprises.Where(e => e.CompanyId != null).Select(e => new SupportFact
        {
            CompanyId = e.CompanyId!.Value, Since = e.RegisteredOn, AgencyId = e.AgencyId, Source = SupportSource.SocialEconomy,
        });
        var all = sme.Concat(guarantees).Concat(social);
        return agencyId is { } a ? all.Where(s => s.AgencyId == a) : all;
    }

    /// <summary>Hires through the system at supported companies (not social-economy ones) from their support day, by start month.</summary>
    public async Task<List<MonthTally>> HiresByMonthAsync(DashboardFilter f, IQueryable<Domain.Applications.Placement> placements, CancellationToken ct)
    {
        // Joined from each company's first support day (a few hundred rows) to its placements by the (CompanyId, StartDate)
        // index; an EXISTS per placement made SQLite rebuild the support union for every run.
        var firstSupport = Supports(f.AgencyId).GroupBy(s => s.CompanyId).Select(g => new { CompanyId = (int?)g.Key, Since = g.Min(s => s.Since) });
        return await placements.Join(firstSupport, p => p.CompanyId, s => s.CompanyId, (p, s) => new { p.CompanyId, p.StartDate, s.Since })
            .Where(x => x.StartDate >= x.Since && !db.SocialEnterprises.Any(e => e.CompanyId == x.CompanyId))
            .GroupBy(x => x.StartDate.Month).Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct);
    }

    /// <summary>
    /// Net headcount growth of social-economy enterprises by the month of each dated headcount: every record adds its
    /// change from the enterprise's previous record (the registration record adds nothing), so a period's sum is the
    /// headcount at its end minus the one before it, as <see cref="Domain.Enterprises.JobsCreated"/> defines.
    /// </summary>
    public async Task<List<MonthTally>> HeadcountGrowthByMonthAsync(DashboardFilter f, CancellationToken ct)
    {
        var enterprises = f.AgencyId is { } agency ? db.SocialEnterprises.Where(e => e.AgencyId == agency) : db.SocialEnterprises;
        if (f.GuPrefix is { } gu) enterprises = enterprises.Where(e => e.GuCode.StartsWith(gu));
        return await db.EnterpriseHeadcounts.Where(h => h.AsOf >= f.From && h.AsOf <= f.To && enterprises.Any(e => e.Id == h.EnterpriseId))
            .Select(h => new
            {
                h.AsOf.Month,
                Delta = h.Employees - (db.EnterpriseHeadcounts.Where(p => p.EnterpriseId == h.EnterpriseId && p.AsOf < h.AsOf)
                    .OrderByDescending(p => p.AsOf).Select(p => (int?)p.Employees).FirstOrDefault() ?? h.Employees),
            })
            .GroupBy(x => x.Month).Select(g => new MonthTally(g.Key, g.Sum(x => x.Delta), 0)).ToListAsync(ct);
    }

    /// <summary>The supported companies (in the agency's scope), earliest support first, with open postings and hires since.</summary>
    public async Task<(IReadOnlyList<SupportedCompany> Rows, int Total)> ListAsync(int? agencyId, int page, int pageSize, CancellationToken ct)
    {
        var firms = Supports(agencyId).GroupBy(s => s.CompanyId).Select(g => new
        {
            CompanyId = g.Key, Since = g.Min(s => s.Since),
            Sme = g.Max(s => s.Source == SupportSource.SmeSupport ? 1 : 0), Guarantee = g.Max(s => s.Source == SupportSource.Guarantee ? 1 : 0),
            Social = g.Max(s => s.Source == SupportSource.SocialEconomy ? 1 : 0),
        });
        var total = await firms.CountAsync(ct);
        var rows = await firms.Join(db.Companies, s => s.CompanyId, c => c.Id, (s, c) => new { s, c })
            .OrderBy(x => x.s.Since).ThenBy(x => x.c.Name).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new SupportedCompany(x.c.Id, x.c.Name, x.c.IndustryCode, x.c.RegionCode, x.s.Since, x.s.Sme == 1, x.s.Guarantee == 1, x.s.Social == 1,
                db.JobPostings.Count(p => p.CompanyId == x.c.Id && p.Status == PostingStatus.Open),
                db.Placements.Count(p => p.CompanyId == x.c.Id && p.StartDate >= x.s.Since)))
            .ToListAsync(ct);
        return (rows, total);
    }
}
