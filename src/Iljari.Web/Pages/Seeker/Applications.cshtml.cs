using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Seeker;

/// <summary>지원 현황: the seeker's applications with their timeline; an open one can be withdrawn (취소).</summary>
public class ApplicationsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(JobApplication Application, int PostingId, string PostingTitle, string CompanyName);

    public bool HasProfile { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        HasProfile = profileId is not null;
        if (profileId is null) return;
        Rows = (await db.JobApplications.AsNoTracking().Include(a => a.Events).Where(a => a.SeekerProfileId == profileId)
            .Join(db.JobPostings, a => a.JobPostingId, p => p.Id, (a, p) => new { a, p.Id, p.Title, CompanyName = p.Company!.Name })
            .ToListAsync(ct))
            .OrderByDescending(x => x.a.UpdatedAt).Select(x => new Row(x.a, x.Id, x.Title, x.CompanyName)).ToList();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var application = await db.JobApplications.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id && a.SeekerProfileId == profileId, ct);
        if (application is null) return NotFound();
        try
        {
            application.Apply(ApplicationAction.Cancel, User.Id()!, "구직자가 지원을 취소함", time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "지원을 취소했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = JobApplication.ChangedMeanwhile;
        }
        return RedirectToPage();
    }
}
