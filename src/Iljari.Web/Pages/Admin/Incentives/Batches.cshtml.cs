using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>
/// 지급 묶음 of a scheme: the approved claims still waiting for a batch (count and sum), a button that puts them all
/// in a new batch, and the batches made so far. Without <c>schemeId</c> the page shows this year's scheme.
/// </summary>
public class BatchesModel(AppDbContext db, IncentiveLedger ledger, TimeProvider time) : PageModel
{
    public sealed record BatchRow(PaymentBatch Batch, int Claims, long Total);

    public IReadOnlyList<IncentiveScheme> Schemes { get; private set; } = [];
    public IncentiveScheme? Scheme { get; private set; }
    public int WaitingCount { get; private set; }
    public long WaitingSum { get; private set; }
    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? schemeId, CancellationToken ct)
    {
        Schemes = await db.IncentiveSchemes.AsNoTracking().OrderByDescending(s => s.Year).ToListAsync(ct);
        var year = KoreanFormat.TodayInKorea(time).Year;
        Scheme = schemeId is { } id ? Schemes.FirstOrDefault(s => s.Id == id) : Schemes.FirstOrDefault(s => s.Year == year) ?? Schemes.FirstOrDefault();
        if (schemeId is not null && Scheme is null) return NotFound();
        if (Scheme is null) return Page();

        var waiting = db.IncentiveClaims.Where(c => c.SchemeId == Scheme.Id && c.Status == ClaimStatus.Approved && c.BatchId == null);
        WaitingCount = await waiting.CountAsync(ct);
        WaitingSum = await waiting.SumAsync(c => c.Amount, ct);
        Batches = await BatchRows(Scheme.Id).ToListAsync(ct);
        return Page();
    }

    /// <summary>The batches of the scheme on the page: number, state, claims and sum (no account numbers; those are in the 이체 파일).</summary>
    public async Task<IActionResult> OnGetExcelAsync(int? schemeId, [FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await OnGetAsync(schemeId, ct) is not PageResult) return NotFound();
        return await export.FileAsync($"지급 묶음 목록 {Scheme?.Year}", ExcelSheet.Of("지급 묶음", Batches,
            ("묶음 번호", b => b.Batch.Id), ("상태", b => PaymentBatch.Label(b.Batch.Status)), ("만든 때", b => b.Batch.CreatedAt), ("지급일", b => b.Batch.PaidAt), ("청구 건수", b => b.Claims), ("합계(원)", b => b.Total)), ct);
    }

    private IQueryable<BatchRow> BatchRows(int schemeId) => db.PaymentBatches.AsNoTracking().Where(b => b.SchemeId == schemeId).OrderByDescending(b => b.Id)
        .Select(b => new BatchRow(b, db.IncentiveClaims.Count(c => c.BatchId == b.Id), db.IncentiveClaims.Where(c => c.BatchId == b.Id).Sum(c => (long?)c.Amount) ?? 0));

    /// <summary>지급 묶음 만들기: every approved claim of the scheme not yet in a batch.</summary>
    public async Task<IActionResult> OnPostOpenAsync(int schemeId, CancellationToken ct)
    {
        if (!await db.IncentiveSchemes.AnyAsync(s => s.Id == schemeId, ct)) return NotFound();
        try
        {
            if (await ledger.OpenBatchAsync(schemeId, User.Id()!, ct) is not { } batch)
            {
                TempData["Error"] = "지급 묶음에 담을 승인 청구가 없습니다.";
                return RedirectToPage(new { schemeId });
            }
            var made = await db.IncentiveClaims.Where(c => c.BatchId == batch.Id).GroupBy(c => c.BatchId)
                .Select(g => new { Count = g.Count(), Sum = g.Sum(c => c.Amount) }).FirstAsync(ct);
            TempData["Notice"] = $"지급 묶음 #{batch.Id}({made.Count:N0}건, {KoreanFormat.Won(made.Sum)})이 만들어졌습니다. 이체 파일로 이체한 뒤 지급 승인해 주세요.";
            return RedirectToPage("/Admin/Incentives/Batch", new { id = batch.Id });
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
            return RedirectToPage(new { schemeId });
        }
    }
}
