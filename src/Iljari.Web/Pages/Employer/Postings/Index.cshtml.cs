using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;

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
        var query = Postings(companyId.Value, status);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.OrderByDescending(p => p.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Employer/Postings", Request.Query);
        return Page();
    }

    /// <summary>Every posting of the company in the chosen status (all pages).</summary>
    public async Task<IActionResult> OnGetExcelAsync(PostingStatus? status, [FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return NotFound();
        var rows = await Postings(companyId, status).OrderByDescending(p => p.UpdatedAt).ToListAsync(ct);
        var refs = Core.Domain.Codes.ReferenceCatalog.Instance;
        return await export.FileAsync("구인공고 목록", ExcelSheet.Of("구인공고", rows,
            ("공고 번호", p => p.Id), ("제목", p => p.Title), ("상태", p => p.Status.Label()), ("직종", p => refs.Occupations.NameOf(p.OccupationCode)),
            ("근무지", p => refs.Regions.FullName(p.RegionCode)), ("급여", p => p.SalaryText), ("모집 인원", p => p.Openings), ("주 근무시간", p => p.HoursPerWeek),
            ("게시일", p => p.PublishedAt), ("마감일", p => p.CloseDate), ("수정일", p => p.UpdatedAt)), ct);
    }

    private IQueryable<JobPosting> Postings(int companyId, PostingStatus? status)
    {
        var query = db.JobPostings.AsNoTracking().Where(p => p.CompanyId == companyId);
        return status is { } s ? query.Where(p => p.Status == s) : query;
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
