using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Employer.Support;

/// <summary>
/// One of this company's applications: status, documents, history and, once decided, the result with the reviewers'
/// totals (without their names). Another company's application is unknown (404).
/// </summary>
public class ApplicationModel(AppDbContext db, UploadedFiles files) : PageModel
{
    public SupportApplication Application { get; private set; } = null!;
    public SupportCall Call { get; private set; } = null!;
    public ScoreSummary? Score { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return NotFound();
        var found = await db.SupportApplications.AsNoTracking().Include(a => a.Documents).Include(a => a.Events).AsSplitQuery()
            .Where(a => a.Id == id && a.CompanyId == companyId)
            .Join(db.SupportCalls, a => a.CallId, c => c.Id, (a, c) => new { a, c }).FirstOrDefaultAsync(ct);
        if (found is null) return NotFound();
        (Application, Call) = (found.a, found.c);
        // Scores are shown with the decision, so a company never watches a review in progress.
        if (Application.Status is SupportApplicationStatus.Selected or SupportApplicationStatus.NotSelected)
            Score = ScoreSummary.Of(await db.SupportReviews.AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.Id).ToListAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int documentId, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        var stored = await db.SupportDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.ApplicationId == id && db.SupportApplications.Any(a => a.Id == id && a.CompanyId == companyId))
            .Select(d => d.StoredName).FirstOrDefaultAsync(ct);
        return stored is not null && files.Open(SupportApplications.UploadArea, stored) is { } f ? File(f.Stream, f.ContentType) : NotFound();
    }
}
