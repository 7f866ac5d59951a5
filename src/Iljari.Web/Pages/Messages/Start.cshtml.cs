using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Messages;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Counseling;

namespace Iljari.Web.Pages.Messages;

/// <summary>Opens (or finds) the one thread of an application or a counseling case, for one of its two parties only.</summary>
public class StartModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Messages/Index");

    public async Task<IActionResult> OnPostApplicationAsync(int applicationId, CancellationToken ct)
    {
        var application = await db.JobApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null) return NotFound();
        var party = User.IsInRole(Roles.Seeker) ? application.SeekerProfileId == await db.SeekerProfileIdAsync(User, ct)
            : User.IsInRole(Roles.Employer) && application.CompanyId == await db.CompanyIdAsync(User, ct);
        if (!party) return NotFound();
        var title = await db.JobPostings.Where(p => p.Id == application.JobPostingId).Select(p => p.Title).FirstAsync(ct);
        return await OpenAsync(t => t.JobApplicationId == applicationId,
            () => MessageThread.ForApplication(application.SeekerProfileId, application.Id, application.CompanyId, $"지원: {title}", time.GetUtcNow().UtcDateTime), ct);
    }

    public async Task<IActionResult> OnPostCaseAsync(int caseId, CancellationToken ct)
    {
        var c = await db.CaseAssignments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId && x.CounselorUserId != null, ct);
        if (c is null) return NotFound();
        var party = User.IsInRole(Roles.Seeker) ? c.SeekerProfileId == await db.SeekerProfileIdAsync(User, ct) : c.CounselorUserId == User.Id();
        if (!party) return NotFound();
        var agency = await db.Agencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstAsync(ct);
        return await OpenAsync(t => t.CaseAssignmentId == caseId,
            () => MessageThread.ForCase(c.SeekerProfileId, c.Id, $"상담: {agency}", time.GetUtcNow().UtcDateTime), ct);
    }

    private async Task<IActionResult> OpenAsync(System.Linq.Expressions.Expression<Func<MessageThread, bool>> existing, Func<MessageThread> create, CancellationToken ct)
    {
        var id = await db.MessageThreads.Where(existing).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            var thread = create();
            db.MessageThreads.Add(thread);
            try
            {
                await db.SaveChangesAsync(ct);
                id = thread.Id;
            }
            catch (DbUpdateException)
            {
                // Both parties opened it at once; the unique index kept one thread.
                db.ChangeTracker.Clear();
                id = await db.MessageThreads.Where(existing).Select(t => (int?)t.Id).FirstAsync(ct);
            }
        }
        return RedirectToPage("/Messages/Thread", new { id });
    }
}
