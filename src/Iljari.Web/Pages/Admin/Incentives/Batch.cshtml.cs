using System.Text;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>
/// One 지급 묶음: its claims (names and accounts masked), 지급 승인 after a confirmation, the bank-transfer file (full
/// account numbers, so every download is written to the 접속기록), and 환수 of a paid claim with a reason.
/// </summary>
public class BatchModel(AppDbContext db, IncentiveLedger ledger, AccessLogger accessLog) : PageModel
{
    public sealed record ClaimRow(IncentiveClaim Claim, string MaskedName);

    public sealed class ReverseInput
    {
        public int ClaimId { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty] public ReverseInput Reverse { get; set; } = new();

    public PaymentBatch Batch { get; private set; } = null!;
    public IncentiveScheme Scheme { get; private set; } = null!;
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];
    /// <summary>What the transfer file pays: the claims that still stand (a 환수 claim is left out).</summary>
    public IEnumerable<ClaimRow> Payable => Claims.Where(c => c.Claim.Status is ClaimStatus.Approved or ClaimStatus.Paid);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>지급 승인: every claim of the batch is paid in the ledger at once; a second approval is refused.</summary>
    public async Task<IActionResult> OnPostPayAsync(int id, CancellationToken ct)
    {
        if (!await db.PaymentBatches.AnyAsync(b => b.Id == id, ct)) return NotFound();
        try
        {
            await ledger.PayBatchAsync(id, User.Id()!, ct);
            var paid = await db.IncentiveClaims.Where(c => c.BatchId == id && c.Status == ClaimStatus.Paid)
                .GroupBy(c => c.BatchId).Select(g => new { Count = g.Count(), Sum = g.Sum(c => c.Amount) }).FirstOrDefaultAsync(ct);
            TempData["Notice"] = $"지급 묶음 #{id}의 {paid?.Count ?? 0:N0}건, {KoreanFormat.Won(paid?.Sum ?? 0)}을 지급 처리했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>환수: the claim's payment goes back to the budget. The reason is required and kept on the claim and in the ledger.</summary>
    public async Task<IActionResult> OnPostReverseAsync(int id, CancellationToken ct)
    {
        if (!await db.IncentiveClaims.AnyAsync(c => c.Id == Reverse.ClaimId && c.BatchId == id, ct)) return NotFound();
        try
        {
            await ledger.ReverseAsync(Reverse.ClaimId, Reverse.Reason, User.Id()!, ct);
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors) ModelState.AddModelError($"Reverse.{error.Field}", error.Message);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
            return RedirectToPage(new { id });
        }
        var amount = await db.IncentiveClaims.Where(c => c.Id == Reverse.ClaimId).Select(c => c.Amount).FirstAsync(ct);
        TempData["Notice"] = $"청구 #{Reverse.ClaimId} 환수를 마쳤습니다. {KoreanFormat.Won(amount)}이 예산 잔액으로 돌아갔습니다.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// 이체 파일: CSV in UTF-8 with a byte-order mark, so Excel opens the Korean correctly. It holds full account numbers
    /// and holders' names, so the download itself is written to the access log.
    /// </summary>
    public async Task<IActionResult> OnGetTransferFileAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var rows = Payable.Select(r => r.Claim).ToList();
        await accessLog.RecordAsync(null, AccessActions.IncentiveTransferFile, $"지급 묶음 #{id} 이체 파일 {rows.Count}건", ct);
        return File(TransferFile.Write(rows), "text/csv; charset=utf-8", $"incentive-batch-{id}-transfer.csv");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.PaymentBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } batch) return false;
        Batch = batch;
        Scheme = await db.IncentiveSchemes.AsNoTracking().FirstAsync(s => s.Id == batch.SchemeId, ct);
        Claims = (await db.IncentiveClaims.AsNoTracking().Where(c => c.BatchId == id).OrderBy(c => c.Id)
                .Join(db.SeekerProfiles, c => c.SeekerProfileId, s => s.Id, (c, s) => new { c, s.Name }).ToListAsync(ct))
            .Select(x => new ClaimRow(x.c, Masking.Name(x.Name))).ToList();
        return true;
    }
}

/// <summary>The bank-transfer file of a batch: 순번, 은행, 계좌번호, 예금주, 금액 (plain digits), 적요.</summary>
public static class TransferFile
{
    public static readonly string[] Header = ["순번", "은행", "계좌번호", "예금주", "금액", "적요"];

    public static byte[] Write(IReadOnlyList<IncentiveClaim> claims)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Header)).Append("\r\n");
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            string[] fields = [$"{i + 1}", Text(c.BankName), c.AccountNumber, Text(c.AccountHolder), $"{c.Amount}", $"고양시 취업성공장려금 {c.MilestoneMonths}개월"];
            csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Typed by the seeker, so a leading =, +, - or @ must not become a spreadsheet formula.</summary>
    private static string Text(string s) => s.Length > 0 && "=+-@\t\r".Contains(s[0], StringComparison.Ordinal) ? "'" + s : s;

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
}
