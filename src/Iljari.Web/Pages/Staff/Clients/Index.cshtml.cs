using Iljari.Core.Domain.Codes;
using Iljari.Core.Matching;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>담당 구직자: the counselor's clients with how many strong recommendations each has today.</summary>
public class IndexModel(AppDbContext db, MatchingService matching) : PageModel
{
    /// <summary>A recommendation at or above this score counts as "strong" in the overview.</summary>
    public const double StrongScore = 70;
    private const int PageSize = 20;

    public sealed record Row(int SeekerProfileId, string Name, IReadOnlyList<string> DesiredOccupations, DateTime AssignedAt, int StrongMatches);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public DateTime? MatchedAt { get; private set; }

    public async Task OnGetAsync(int page = 1, CancellationToken ct = default)
    {
        var visible = await db.VisibleAssignmentsAsync(User, ct);
        var query = visible.Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { a.AssignedAt, s.Id, s.Name, s.DesiredOccupations });
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(x => x.AssignedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var snapshot = await matching.CurrentAsync(ct);
        MatchedAt = snapshot.BatchBuiltAt;
        var names = ReferenceCatalog.Instance.Occupations;
        Rows = rows.Select(r => new Row(r.Id, r.Name, r.DesiredOccupations.Select(names.NameOf).ToList(), r.AssignedAt,
            snapshot.TopBySeeker.GetValueOrDefault(MatchMapping.Key(r.Id))?.Count(m => m.Score >= StrongScore) ?? 0)).ToList();
        Pager = new Pager(page, PageSize, Total, "/Staff/Clients", Request.Query);
    }
}
