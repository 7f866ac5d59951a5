using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Seeker;

/// <summary>추천 일자리: the seeker's best-fitting open postings with reasons; 관심 없음 hides one and lowers similar ones.</summary>
public class RecommendationsModel(AppDbContext db, RecommendationQueries queries, TimeProvider time) : PageModel
{
    public const int Count = 20;

    public SeekerProfile? Profile { get; private set; }
    public IReadOnlyList<RecommendedPosting> Items { get; private set; } = [];
    public IReadOnlyList<(int PostingId, string Title)> Dismissed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Profile = await MyProfileAsync(ct);
        if (Profile is null) return;
        Items = await queries.ForSeekerAsync(Profile, Count, ct);
        Dismissed = (await db.NotInterested.AsNoTracking().Where(n => n.SeekerProfileId == Profile.Id)
            .OrderByDescending(n => n.CreatedAt).Take(20)
            .Join(db.JobPostings, n => n.JobPostingId, p => p.Id, (n, p) => new { p.Id, p.Title })
            .ToListAsync(ct)).Select(x => (x.Id, x.Title)).ToList();
    }

    public async Task<IActionResult> OnPostNotInterestedAsync(int postingId, CancellationToken ct)
    {
        var profile = await MyProfileAsync(ct);
        var posting = await db.JobPostings.AsNoTracking().Where(p => p.Id == postingId && p.Status == PostingStatus.Open)
            .Select(p => new { p.Id, p.Title }).FirstOrDefaultAsync(ct);
        if (profile is null || posting is null) return NotFound();
        if (!await db.NotInterested.AnyAsync(n => n.SeekerProfileId == profile.Id && n.JobPostingId == posting.Id, ct))
        {
            db.NotInterested.Add(new NotInterested { SeekerProfileId = profile.Id, JobPostingId = posting.Id, CreatedAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        TempData["Notice"] = $"‘{posting.Title}’ 공고를 관심 없음으로 표시했습니다. 비슷한 공고는 덜 추천합니다.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUndoAsync(int postingId, CancellationToken ct)
    {
        var profile = await MyProfileAsync(ct);
        if (profile is null) return NotFound();
        var row = await db.NotInterested.FirstOrDefaultAsync(n => n.SeekerProfileId == profile.Id && n.JobPostingId == postingId, ct);
        if (row is not null)
        {
            db.NotInterested.Remove(row);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "관심 없음 표시를 취소했습니다.";
        }
        return RedirectToPage();
    }

    private Task<SeekerProfile?> MyProfileAsync(CancellationToken ct)
    {
        var userId = User.Id();
        return db.SeekerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);
    }
}
