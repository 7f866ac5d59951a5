using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Employer.Postings;

/// <summary>The employer's own postings, with status changes. Another company's posting answers 404.</summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    public PostingStatus? Status { get; private set; }
    public IReadOnlyList<JobPosting> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(PostingStatus? status, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        if (companyId is null) return NotFound();
        Status = status;
        var query = db.JobPostings.AsNoTracking().Where(p => p.CompanyId == companyId);
        if (status is { } s) query = query.Where(p => p.Status == s);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.OrderByDescending(p => p.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Employer/Postings", Request.Query);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, PostingAction action, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        var posting = await db.JobPostings.FirstOrDefaultAsync(p => p.Id == id && p.CompanyId == companyId, ct);
        if (posting is null) return NotFound();
        try
        {
            posting.Apply(action, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = $"‘{posting.Title}’ 공고를 {action.Label()}했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }
}
