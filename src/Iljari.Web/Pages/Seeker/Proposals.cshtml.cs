using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Applications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Applications;

namespace Iljari.Web.Pages.Seeker;

/// <summary>면접 제안: employers' interview invitations; accepting reveals the seeker's name and contact to that company.</summary>
public class ProposalsModel(AppDbContext db, TimeProvider time, ApplicationSubmission submission) : PageModel
{
    public sealed record Row(InterviewProposal Proposal, int PostingId, string PostingTitle, string CompanyName);

    public bool HasProfile { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        HasProfile = profileId is not null;
        if (profileId is null) return;
        Rows = (await db.InterviewProposals.AsNoTracking().Where(p => p.SeekerProfileId == profileId)
            .Join(db.JobPostings, p => p.JobPostingId, j => j.Id, (p, j) => new { p, j.Id, j.Title, CompanyName = j.Company!.Name })
            .ToListAsync(ct))
            .OrderBy(x => x.p.Status == ProposalStatus.Pending ? 0 : 1).ThenByDescending(x => x.p.ProposedAt)
            .Select(x => new Row(x.p, x.Id, x.Title, x.CompanyName)).ToList();
    }

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct) => RespondAsync(id, ProposalAction.Accept, ct);

    public Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct) => RespondAsync(id, ProposalAction.Decline, ct);

    private async Task<IActionResult> RespondAsync(int id, ProposalAction action, CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var proposal = await db.InterviewProposals.FirstOrDefaultAsync(p => p.Id == id && p.SeekerProfileId == profileId, ct);
        if (proposal is null) return NotFound();
        try
        {
            proposal.Apply(action, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            if (action == ProposalAction.Accept)
            {
                // An accepted proposal is an application like any other, marked with its source.
                var posting = await db.JobPostings.AsNoTracking().FirstAsync(p => p.Id == proposal.JobPostingId, ct);
                if (posting.Status == Core.Domain.Postings.PostingStatus.Open)
                    await submission.SubmitAsync(posting, proposal.SeekerProfileId, ApplicationSource.Proposal, User.Id()!, proposal.Message, ct);
            }
            TempData["Notice"] = action == ProposalAction.Accept
                ? "면접 제안을 수락했습니다. 이 기업에 이름과 연락처가 공개되고, 지원 현황에 추가되었습니다."
                : "면접 제안을 거절했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }
}
