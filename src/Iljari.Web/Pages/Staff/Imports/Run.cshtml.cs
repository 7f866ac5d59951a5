using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Staff.Imports;

/// <summary>One import: progress while it runs (the panel polls itself with htmx), then its counts and rejected rows.</summary>
public class RunModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    public PostingImportRun Run { get; private set; } = null!;
    public IReadOnlyList<PostingImportRejection> Rejections { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (await db.PostingImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } run) return NotFound();
        Run = run;
        var total = await db.PostingImportRejections.CountAsync(r => r.RunId == id, ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        Rejections = await db.PostingImportRejections.AsNoTracking().Where(r => r.RunId == id).OrderBy(r => r.RowNumber)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, total, $"/Staff/Imports/Run/{id}", Request.Query);
        return Page();
    }

    /// <summary>The progress panel alone, for htmx polling.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int id, CancellationToken ct)
    {
        if (await db.PostingImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } run) return NotFound();
        Run = run;
        return Partial("_Progress", this);
    }
}
