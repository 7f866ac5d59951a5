using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Applications;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>A client's recommended postings and applications; the counselor refers (알선) from here. Not a client → 404.</summary>
public class RecommendationsModel(AppDbContext db, RecommendationQueries queries, ApplicationSubmission submission, Iljari.Web.Infrastructure.Sharing.AccessLogger accessLog) : PageModel
{
    public sealed record ApplicationRow(JobApplication Application, int PostingId, string PostingTitle, string CompanyName);

    public SeekerProfile Client { get; private set; } = null!;
    public IReadOnlyList<RecommendedPosting> Items { get; private set; } = [];
    public IReadOnlyList<ApplicationRow> Applications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await IsClientAsync(id, ct)) return NotFound();
        await accessLog.RecordAsync(id, Core.Domain.Sharing.AccessActions.ClientView, "추천 일자리·지원 현황", ct);
        Client = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        Items = await queries.ForSeekerAsync(Client, 20, ct);
        Applications = (await db.JobApplications.AsNoTracking().Where(a => a.SeekerProfileId == id)
            .Join(db.JobPostings, a => a.JobPostingId, p => p.Id, (a, p) => new { a, p.Id, p.Title, CompanyName = p.Company!.Name })
            .ToListAsync(ct)).OrderByDescending(x => x.a.UpdatedAt).Select(x => new ApplicationRow(x.a, x.Id, x.Title, x.CompanyName)).ToList();
        return Page();
    }

    /// <summary>알선: the counselor puts the client forward for a posting, with a note for the employer.</summary>
    public async Task<IActionResult> OnPostReferAsync(int id, int postingId, string? note, CancellationToken ct)
    {
        if (!await IsClientAsync(id, ct)) return NotFound();
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, ct);
        if (posting is null) return NotFound();
        try
        {
            var (_, created) = await submission.SubmitAsync(posting, id, ApplicationSource.Referral, User.Id()!, note, ct);
            TempData["Notice"] = created ? $"‘{posting.Title}’에 알선했습니다." : "이미 이 공고에 지원(알선)된 상태입니다.";
        }
        catch (Exception e) when (e is DomainException or ValidationFailedException)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> IsClientAsync(int id, CancellationToken ct) =>
        await (await db.VisibleAssignmentsAsync(User, ct)).AnyAsync(a => a.SeekerProfileId == id, ct);
}
