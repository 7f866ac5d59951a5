using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Applications;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Jobs;

/// <summary>
/// Public posting page. Drafts are visible only to their own company; anyone else gets 404. Seekers apply here, and a
/// counselor refers (알선) one of their clients here.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.PublicPageCache.PolicyName)]
public class DetailModel(AppDbContext db, ApplicationSubmission submission) : PageModel
{
    public JobPosting Posting { get; private set; } = null!;
    public string? JsonLd { get; private set; }
    /// <summary>The signed-in seeker's live application to this posting, if any.</summary>
    public JobApplication? MyApplication { get; private set; }
    /// <summary>For a counselor: their clients, to pick one for a referral.</summary>
    public IReadOnlyList<(int Id, string Name)> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var posting = await db.JobPostings.AsNoTracking().Include(p => p.Company).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        if (posting.Status == PostingStatus.Draft && await db.CompanyIdAsync(User, ct) != posting.CompanyId) return NotFound();
        Posting = posting;
        JsonLd = JobPostingJsonLd.ForPage(posting, $"{Request.Scheme}://{Request.Host}");
        if (User.IsInRole(Roles.Seeker) && await db.SeekerProfileIdAsync(User, ct) is { } profileId)
            MyApplication = await db.JobApplications.AsNoTracking()
                .Where(a => a.JobPostingId == id && a.SeekerProfileId == profileId && ApplicationSubmission.LiveStatuses.Contains(a.Status))
                .FirstOrDefaultAsync(ct);
        if (User.IsInRole(Roles.Counselor) && posting.Status == PostingStatus.Open)
            Clients = await db.ClientChoicesAsync(User, ct);
        return Page();
    }

    /// <summary>알선 from the posting: the counselor puts one of their clients forward with a note for the employer.</summary>
    public async Task<IActionResult> OnPostReferAsync(int id, int? clientId, string? note, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor)) return Forbid();
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Status != PostingStatus.Draft, ct);
        if (posting is null) return NotFound();
        if (clientId is not { } client || !await (await db.VisibleAssignmentsAsync(User, ct)).AnyAsync(a => a.SeekerProfileId == client, ct))
        {
            TempData["Error"] = "알선할 담당 구직자를 골라 주세요.";
            return RedirectToPage(new { id });
        }
        try
        {
            var (_, created) = await submission.SubmitAsync(posting, client, ApplicationSource.Referral, User.Id()!, note, ct);
            TempData["Notice"] = created ? "알선했습니다. 기업의 지원자 목록에 추가되었습니다." : "이미 이 공고에 지원(알선)된 구직자입니다.";
        }
        catch (Exception e) when (e is DomainException or ValidationFailedException)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>지원하기: the seeker applies with an optional message; a second click finds the first application.</summary>
    public async Task<IActionResult> OnPostApplyAsync(int id, string? note, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.IsInRole(Roles.Seeker)) return Forbid();
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Status != PostingStatus.Draft, ct);
        if (posting is null) return NotFound();
        if (await db.SeekerProfileIdAsync(User, ct) is not { } profileId)
        {
            TempData["Notice"] = "지원하려면 이력서를 먼저 작성해 주세요.";
            return RedirectToPage("/Seeker/EditProfile");
        }
        try
        {
            var (_, created) = await submission.SubmitAsync(posting, profileId, ApplicationSource.Seeker, User.Id()!, note, ct);
            TempData["Notice"] = created ? $"‘{posting.Title}’에 지원했습니다." : "이미 지원한 공고입니다.";
            return RedirectToPage("/Seeker/Applications");
        }
        catch (Exception e) when (e is DomainException or ValidationFailedException)
        {
            TempData["Error"] = e.Message;
            return RedirectToPage(new { id });
        }
    }
}
