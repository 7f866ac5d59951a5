using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Support;

/// <summary>지원사업 공고 for everyone: published and closed calls, those still taking applications first.</summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(SupportCall Call, string Agency);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public int Total { get; private set; }
    [BindProperty(SupportsGet = true)] public SupportKind? Kind { get; set; }

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        Today = KoreanFormat.TodayInKorea(time);
        var today = Today;
        var query = db.SupportCalls.AsNoTracking().Where(c => c.Status != SupportCallStatus.Draft);
        if (Kind is { } k) query = query.Where(c => c.Kind == k);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.OrderBy(c => c.Status != SupportCallStatus.Published || c.Closes < today).ThenByDescending(c => c.Opens).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new Row(c, a.Name)).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Support", Request.Query);
    }
}
