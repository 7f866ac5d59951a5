using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>
/// 면접 일정 편성: compute the timetable (CP-SAT, compared with first-come-first-served on the same input), lock
/// interviews that must stay, re-run, and publish to seekers and booths.
/// </summary>
public class ScheduleModel(AppDbContext db, EventScheduling scheduling, TimeProvider time) : PageModel
{
    public sealed record Row(EventInterview Interview, string Seeker, string Company);

    public HiringEvent Event { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Registered { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { HasInterviews: true } e) return NotFound();
        Event = e;
        Registered = await db.EventRegistrations.CountAsync(r => r.EventId == id && r.Status == RegistrationStatus.Registered, ct);
        Rows = (await db.EventInterviews.AsNoTracking().Where(i => i.EventId == id)
                .Join(db.SeekerProfiles, i => i.SeekerProfileId, s => s.Id, (i, s) => new { i, s.Name })
                .Join(db.EventBooths, x => x.i.BoothId, b => b.Id, (x, b) => new { x.i, x.Name, b.CompanyId })
                .Join(db.Companies, x => x.CompanyId, c => c.Id, (x, c) => new { x.i, x.Name, Company = c.Name }).ToListAsync(ct))
            .OrderBy(x => x.Company).ThenBy(x => x.i.StartAt).Select(x => new Row(x.i, Masking.Name(x.Name), x.Company)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { HasInterviews: true } e) return NotFound();
        if (e.Status == EventStatus.SchedulePublished && !e.NotStartedAt(time.GetUtcNow().UtcDateTime))
        {
            // Seekers are on their way to the times they were given; on the day, 현장 면접 fits people in without moving anyone.
            TempData["Error"] = "행사가 시작된 뒤에는 일정을 다시 편성할 수 없습니다. 현장 면접은 입장 확인 화면에서 잡아 주세요.";
            return RedirectToPage(new { id });
        }
        var result = await scheduling.RunAsync(e, ct);
        if (!result.Saved)
        {
            TempData["Error"] = "편성 결과가 규칙에 맞지 않아 아무것도 저장하지 않았습니다. 지금까지의 일정은 그대로입니다. "
                + string.Join(", ", result.Violations.GroupBy(v => v.Kind).Select(g => $"{g.Key.Label()} {g.Count():N0}건")) + ".";
            return RedirectToPage(new { id });
        }
        var (o, b) = (result.Optimised.Stats, result.Baseline.Stats);
        TempData["Notice"] = $"면접 {o.Interviews:N0}건을 편성했습니다(선착순이면 {b.Interviews:N0}건). 면접을 받는 구직자 {o.SeekersServed:N0}명(선착순 {b.SeekersServed:N0}명), "
            + $"1지망 성사 {o.FirstChoicesSatisfied:N0}명(선착순 {b.FirstChoicesSatisfied:N0}명), 계산 {o.WallTime.TotalSeconds:0.0}초"
            // The served-seeker bound is the meaningful one: the combined objective's relative gap is dominated by it.
            + (o.SeekersServedBound is { } bound ? $", 면접을 받을 수 있는 최대 인원 {bound:N0}명" : "")
            + (o.Status == Iljari.Scheduling.ScheduleStatus.Optimal ? " (최적해 증명)" : "") + "."
            + await ReleasedAsync(result.Released, ct)
            + (e.Status == EventStatus.SchedulePublished ? " 이미 공개한 일정이 바뀌었을 수 있으니 ‘일정 공개’를 다시 눌러 구직자와 기업에 알려 주세요." : "");
        return RedirectToPage(new { id });
    }

    /// <summary>Whose locks a re-run had to release (choices, attendance or the booth's slots changed since), so staff can call them.</summary>
    private async Task<string> ReleasedAsync(IReadOnlyList<EventInterview> released, CancellationToken ct)
    {
        if (released.Count == 0) return "";
        var seekerIds = released.Select(i => i.SeekerProfileId).ToList();
        var names = await db.SeekerProfiles.AsNoTracking().Where(s => seekerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var boothIds = released.Select(i => i.BoothId).ToList();
        var companies = await db.EventBooths.AsNoTracking().Where(b => boothIds.Contains(b.Id))
            .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b.Id, c.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var who = released.OrderBy(i => i.StartAt).Select(i =>
            $"{Masking.Name(names.GetValueOrDefault(i.SeekerProfileId))}({companies.GetValueOrDefault(i.BoothId)} {KoreanFormat.ToKst(i.StartAt):HH:mm})");
        return $" 더 이상 맞지 않는 고정 면접 {released.Count:N0}건을 해제했습니다: {string.Join(", ", who)}. 새 일정을 확인해 알려 주세요.";
    }

    public async Task<IActionResult> OnPostLockAsync(int id, int interviewId, bool locked, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is null) return NotFound();
        var interview = await db.EventInterviews.FirstOrDefaultAsync(i => i.Id == interviewId && i.EventId == id, ct);
        if (interview is null) return NotFound();
        interview.SetLocked(locked);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { HasInterviews: true } e) return NotFound();
        try
        {
            if (!await db.EventInterviews.AnyAsync(i => i.EventId == id, ct)) throw new DomainException("편성한 면접이 없습니다. 먼저 일정을 편성해 주세요.");
            await scheduling.PublishAsync(e, ct);
            TempData["Notice"] = "면접 일정을 공개했습니다. 구직자와 기업에 알림을 보냈습니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }
}
