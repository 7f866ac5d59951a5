using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Web.Pages.Support;

/// <summary>One published call: what it supports, who may apply, the documents to submit and the scoring criteria.</summary>
[AllowAnonymous]
public class DetailModel(AppDbContext db, TimeProvider time) : PageModel
{
    public SupportCall Call { get; private set; } = null!;
    public string Agency { get; private set; } = "";
    public string? AgencyPhone { get; private set; }
    public bool Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await db.SupportCalls.AsNoTracking().Where(c => c.Id == id && c.Status != SupportCallStatus.Draft)
            .Join(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new { c, a.Name, a.Phone }).FirstOrDefaultAsync(ct);
        if (found is null) return NotFound();
        (Call, Agency, AgencyPhone) = (found.c, found.Name, found.Phone);
        Open = Call.IsOpenOn(KoreanFormat.TodayInKorea(time));
        return Page();
    }
}
