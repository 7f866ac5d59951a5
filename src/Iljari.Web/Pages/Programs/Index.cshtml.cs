using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Programs;

/// <summary>
/// 맞춤형 취업지원 프로그램: open programs; for a signed-in seeker the ones they are eligible for come first, each with
/// its reason ("만 29세 청년 대상") or what they miss. Applying, sessions and attendance follow in the programs issue.
/// </summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(JobProgram Program, string Agency, EligibilityResult? Eligibility);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool Personal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = KoreanFormat.TodayInKorea(time);
        var programs = await db.Programs.AsNoTracking().Where(p => p.ApplicationCloses >= today).OrderBy(p => p.ApplicationCloses).Take(200)
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p, a.Name }).ToListAsync(ct);
        var profile = User.IsInRole(Roles.Seeker) ? await db.SeekerProfiles.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == User.Id(), ct) : null;
        Personal = profile is not null;
        Rows = programs.Select(x => new Row(x.p, x.Name, profile is null ? null : x.p.EligibilityFor(profile.Facts, today)))
            .OrderBy(r => r.Eligibility is { Eligible: false }).ThenBy(r => r.Program.ApplicationCloses).ToList();
    }
}
