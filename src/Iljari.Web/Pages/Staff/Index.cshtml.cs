using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Staff;

/// <summary>Staff landing page: aggregate counts only (no personal data), scoped to the caller's agency for staff numbers.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public string AgencyName { get; private set; } = "";
    public string RoleLabel { get; private set; } = "";
    public int OpenPostings { get; private set; }
    public int Seekers { get; private set; }
    public int Companies { get; private set; }
    public int StaffCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var orgId = await db.OrganisationIdAsync(User, ct);
        AgencyName = await db.Agencies.Where(a => a.Id == orgId).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "소속 기관 없음";
        RoleLabel = Roles.Label(Roles.All.FirstOrDefault(User.IsInRole) ?? "");
        OpenPostings = await db.JobPostings.CountAsync(p => p.Status == PostingStatus.Open, ct);
        Seekers = await db.SeekerProfiles.CountAsync(ct);
        Companies = await db.Companies.CountAsync(ct);
        StaffCount = await db.Users.CountAsync(u => u.OrganisationId == orgId, ct);
    }
}
