using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Admin;

/// <summary>City admin overview of agencies and companies (organisation data, not personal data).</summary>
public class OrganisationsModel(AppDbContext db) : PageModel
{
    private const int PageSize = 30;

    public sealed record AgencyRow(string Name, string Code, int Staff);
    public sealed record CompanyRow(string Name, string BusinessNumber, string IndustryCode, string RegionCode, int OpenPostings);

    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];
    public IReadOnlyList<CompanyRow> Companies { get; private set; } = [];
    public int CompanyTotal { get; private set; }
    public string? Q { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string? q, int page = 1, CancellationToken ct = default)
    {
        Q = q?.Trim();
        Agencies = await db.Agencies.OrderBy(a => a.Name)
            .Select(a => new AgencyRow(a.Name, a.Code, db.Users.Count(u => u.OrganisationId == a.Id)))
            .ToListAsync(ct);
        var companies = db.Companies.AsQueryable();
        if (!string.IsNullOrEmpty(Q)) companies = companies.Where(c => c.Name.Contains(Q));
        CompanyTotal = await companies.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (CompanyTotal + PageSize - 1) / PageSize));
        Companies = await companies.OrderBy(c => c.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new CompanyRow(c.Name, c.BusinessNumber, c.IndustryCode, c.RegionCode,
                db.JobPostings.Count(p => p.CompanyId == c.Id && p.Status == PostingStatus.Open)))
            .ToListAsync(ct);
        Pager = new Pager(page, PageSize, CompanyTotal, "/Admin/Organisations", Request.Query);
    }
}
