using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>
/// One call for its operating agency: publish, close (which sends every application to review), assign reviewers, and
/// the applications with each one's average score; Excel of the same list.
/// </summary>
public class CallModel(AppDbContext db, SupportApplications applications, TimeProvider time, Infrastructure.ChangeHistory.ChangeHistoryReader history) : PageModel
{
    public IReadOnlyList<Infrastructure.ChangeHistory.ChangeRow> Changes { get; private set; } = [];
    public sealed record Row(SupportApplication Application, string Company, ScoreSummary? Score);
    public sealed record ReviewerRow(int Id, string UserId, string Name, string Agency);

    public SupportCall Call { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ReviewerRow> Reviewers { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name, string Agency)> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => ActAsync(id, async call =>
    {
        call.Publish(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }, "공고를 게시했습니다. 지원사업 목록에 보입니다.", ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        ActAsync(id, call => applications.CloseAsync(call, User.Id()!, ct), "공고를 마감했습니다. 심사위원이 심사할 수 있습니다.", ct);

    public Task<IActionResult> OnPostAssignAsync(int id, string? userId, CancellationToken ct) => ActAsync(id, async call =>
    {
        if (!(await db.ReviewerCandidatesAsync(call.AgencyId, ct)).Any(c => c.Id == userId)) throw new DomainException("심사위원으로 배정할 직원을 골라 주세요.");
        if (await db.SupportReviewers.AnyAsync(r => r.CallId == call.Id && r.UserId == userId, ct)) throw new DomainException("이미 배정된 심사위원입니다.");
        db.SupportReviewers.Add(SupportReviewer.Assign(call.Id, userId!, User.Id()!, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }, "심사위원을 배정했습니다.", ct);

    public Task<IActionResult> OnPostUnassignAsync(int id, int reviewerId, CancellationToken ct) => ActAsync(id, async call =>
    {
        var reviewer = await db.SupportReviewers.FirstOrDefaultAsync(r => r.Id == reviewerId && r.CallId == call.Id, ct) ?? throw new DomainException("배정된 심사위원이 아닙니다.");
        // A reviewer who has already declared or scored stays: their sheets are part of the record.
        if (await db.SupportReviews.AnyAsync(r => r.ReviewerUserId == reviewer.UserId && db.SupportApplications.Any(a => a.Id == r.ApplicationId && a.CallId == call.Id), ct))
            throw new DomainException("이미 심사를 시작한 심사위원은 뺄 수 없습니다.");
        db.SupportReviewers.Remove(reviewer);
        await db.SaveChangesAsync(ct);
    }, "심사위원 배정을 취소했습니다.", ct);

    public async Task<IActionResult> OnGetExcelAsync(int id, [FromServices] ExcelExport export, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return await export.FileAsync($"{Call.Title} 신청 목록", SmeSupportExcel.Applications(Call, Rows.Select(r => (r.Application, r.Company, r.Score))), ct);
    }

    private async Task<IActionResult> ActAsync(int id, Func<SupportCall, Task> act, string notice, CancellationToken ct)
    {
        if (await db.ManagedCallAsync(User, id, ct) is not { } call) return NotFound();
        try
        {
            await act(call);
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            ModelState.AddErrors(e, "Input");
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return false;
        var call = await db.SupportCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.AgencyId == agencyId, ct);
        if (call is null) return false;
        Call = call;
        var scores = await SupportScores.ForCallAsync(db, id, ct);
        var rows = await db.SupportApplications.AsNoTracking().Where(a => a.CallId == id)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new { a, c.Name }).OrderBy(x => x.a.SubmittedAt).ToListAsync(ct);
        Rows = rows.Select(x => new Row(x.a, x.Name, scores.GetValueOrDefault(x.a.Id)))
            .OrderByDescending(r => r.Score?.Average ?? -1).ThenBy(r => r.Application.SubmittedAt).ToList();
        Reviewers = await db.SupportReviewers.AsNoTracking().Where(r => r.CallId == id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.Id, r.UserId, u.DisplayName, u.OrganisationId })
            .Join(db.Agencies, x => x.OrganisationId, a => a.Id, (x, a) => new ReviewerRow(x.Id, x.UserId, x.DisplayName, a.Name)).ToListAsync(ct);
        Candidates = await db.ReviewerCandidatesAsync(agencyId, ct);
        Changes = await history.OfAsync<SupportCall>(id, ct);
        return true;
    }
}
