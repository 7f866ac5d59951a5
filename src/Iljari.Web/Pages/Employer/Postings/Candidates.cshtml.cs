using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Employer.Postings;

/// <summary>
/// 추천 인재 for one of the company's open postings: discoverable seekers who fit, masked until they accept an
/// interview proposal (면접 제안). Another company's posting answers 404.
/// </summary>
public class CandidatesModel(AppDbContext db, RecommendationQueries queries, TimeProvider time) : PageModel
{
    public const int Count = 20;

    public JobPosting Posting { get; private set; } = null!;
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];
    /// <summary>Proposals to seekers no longer in the list (e.g. accepted ones), so contacts are never lost.</summary>
    public IReadOnlyList<(InterviewProposal Proposal, string Name, string? Phone, string? Email)> OtherProposals { get; private set; } = [];

    [BindProperty] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await OwnPostingAsync(id, ct) is not { } posting) return NotFound();
        Posting = posting;
        if (posting.Status == PostingStatus.Open) Candidates = await queries.ForPostingAsync(posting, Count, ct);
        var listed = Candidates.Select(c => c.Profile.Id).ToHashSet();
        var proposals = (await queries.ProposalsAsync(posting.Id, ct)).Values.Where(p => !listed.Contains(p.SeekerProfileId)).ToList();
        var ids = proposals.Select(p => p.SeekerProfileId).ToList();
        var people = await db.SeekerProfiles.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Phone, s.Email }).ToDictionaryAsync(s => s.Id, ct);
        OtherProposals = proposals.OrderByDescending(p => p.ProposedAt).Select(p =>
        {
            var s = people[p.SeekerProfileId];
            var open = p.Status == ProposalStatus.Accepted;
            return (p, open ? s.Name : Masking.Name(s.Name), open ? s.Phone : null, open ? s.Email : null);
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(int id, int seekerProfileId, CancellationToken ct)
    {
        if (await OwnPostingAsync(id, ct) is not { } posting) return NotFound();
        if (posting.Status != PostingStatus.Open)
        {
            TempData["Error"] = "게시 중인 공고에서만 면접을 제안할 수 있습니다.";
            return RedirectToPage(new { id });
        }
        // Only a seeker who is discoverable now may be contacted, whatever id the form carried.
        if (!await db.SeekerProfiles.AnyAsync(s => s.Id == seekerProfileId && s.Discoverable, ct)) return NotFound();
        var live = await db.InterviewProposals.AnyAsync(p => p.JobPostingId == id && p.SeekerProfileId == seekerProfileId
            && (p.Status == ProposalStatus.Pending || p.Status == ProposalStatus.Accepted), ct);
        if (live)
        {
            TempData["Notice"] = "이미 이 구직자에게 면접을 제안했습니다.";
            return RedirectToPage(new { id });
        }
        try
        {
            db.InterviewProposals.Add(InterviewProposal.Create(id, posting.CompanyId, seekerProfileId, User.Id()!, Message, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "면접을 제안했습니다. 구직자가 수락하면 이름과 연락처가 공개됩니다.";
        }
        catch (ValidationFailedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors.Select(x => x.Message));
        }
        catch (DbUpdateException)
        {
            // Two clicks raced past the check above; the unique index kept one proposal.
            TempData["Notice"] = "이미 이 구직자에게 면접을 제안했습니다.";
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int proposalId, CancellationToken ct)
    {
        if (await OwnPostingAsync(id, ct) is null) return NotFound();
        var proposal = await db.InterviewProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.JobPostingId == id, ct);
        if (proposal is null) return NotFound();
        try
        {
            proposal.Apply(ProposalAction.Withdraw, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "면접 제안을 철회했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<JobPosting?> OwnPostingAsync(int id, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        return companyId is null ? null : await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.CompanyId == companyId, ct);
    }
}
