using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Incentives;

/// <summary>
/// Every movement of incentive money. Each operation is one unit of work that reads the balances, writes a balanced
/// transaction and bumps the scheme's <see cref="IncentiveScheme.LedgerVersion"/>; when another request wrote first, the
/// save fails on that token (or on the one-payment-per-claim index) and the unit runs again on fresh data. So the
/// budget never goes below zero and a claim is never paid twice, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class IncentiveLedger(AppDbContext db, TimeProvider time, IConfiguration config, ILogger<IncentiveLedger> log)
{
    /// <summary>Payments are written to the open transaction this many at a time, so a batch of thousands keeps few entities tracked.</summary>
    private const int PaymentChunk = 100;

    public async Task<LedgerBalances> BalancesAsync(int schemeId, CancellationToken ct)
    {
        var sums = await db.LedgerEntries.AsNoTracking()
            .Join(db.LedgerTransactions.Where(t => t.SchemeId == schemeId), e => e.TransactionId, t => t.Id, (e, t) => e)
            .GroupBy(e => e.Account).Select(g => new { g.Key, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        return LedgerBalances.From(sums.Select(s => (s.Key, s.Sum)));
    }

    public Task AllocateAsync(int schemeId, long amount, string? memo, string userId, CancellationToken ct) =>
        InUnitAsync(async () =>
        {
            var scheme = await db.IncentiveSchemes.FirstAsync(s => s.Id == schemeId, ct);
            var balances = await BalancesAsync(schemeId, ct);
            db.LedgerTransactions.Add(LedgerTransaction.Allocate(scheme, amount, balances.Available, memo, userId, Now));
        }, ct);

    /// <summary>승인: the claim's decision and the budget commitment are saved together, or neither is.</summary>
    public Task ApproveAsync(int claimId, int agencyId, string userId, string? note, CancellationToken ct) =>
        InUnitAsync(async () =>
        {
            var claim = await db.IncentiveClaims.Include(c => c.Evidence).FirstOrDefaultAsync(c => c.Id == claimId && c.AgencyId == agencyId, ct)
                ?? throw new DomainException("청구를 찾을 수 없습니다.");
            var scheme = await db.IncentiveSchemes.FirstAsync(s => s.Id == claim.SchemeId, ct);
            claim.Approve(userId, note, Now);
            db.LedgerTransactions.Add(LedgerTransaction.Commit(scheme, claim, (await BalancesAsync(scheme.Id, ct)).Available, userId, Now));
            await NotifySeekerAsync(claim, $"취업성공장려금 {claim.MilestoneMonths}개월 청구가 승인되었습니다. 지급 일정에 맞춰 지급됩니다.", ct);
        }, ct);

    /// <summary>Puts every approved claim of the scheme that is not in a batch yet into a new batch.</summary>
    public async Task<PaymentBatch?> OpenBatchAsync(int schemeId, string userId, CancellationToken ct)
    {
        PaymentBatch? batch = null;
        await InUnitAsync(async () =>
        {
            var claims = await db.IncentiveClaims.Where(c => c.SchemeId == schemeId && c.Status == ClaimStatus.Approved && c.BatchId == null)
                .OrderBy(c => c.Id).ToListAsync(ct);
            if (claims.Count == 0) { batch = null; return; }
            batch = PaymentBatch.Open(schemeId, userId, Now);
            db.PaymentBatches.Add(batch);
            await db.SaveChangesAsync(ct); // the batch id, so the claims can point at it in the same unit
            foreach (var c in claims) c.PutInBatch(batch.Id);
        }, ct);
        return batch;
    }

    /// <summary>
    /// 지급 승인: each claim of the batch is paid in the ledger, all in one database transaction. Chunks are flushed into
    /// that transaction as they go, but nothing is committed until the last one: a crash (or a kill) part-way leaves
    /// the batch unpaid and running it again pays every claim once (tests/Iljari.Web.Tests/PaymentBatchCrashTests.cs).
    /// </summary>
    public Task PayBatchAsync(int batchId, string userId, CancellationToken ct) =>
        InUnitAsync(async () =>
        {
            var batch = await db.PaymentBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct) ?? throw new DomainException("지급 묶음을 찾을 수 없습니다.");
            var scheme = await db.IncentiveSchemes.FirstAsync(s => s.Id == batch.SchemeId, ct);
            batch.MarkPaid(userId, Now);
            var claims = await db.IncentiveClaims.Where(c => c.BatchId == batchId && c.Status == ClaimStatus.Approved).OrderBy(c => c.Id).ToListAsync(ct);
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                claim.MarkPaid(Now);
                db.LedgerTransactions.Add(LedgerTransaction.Pay(scheme, claim, batchId, userId, Now));
                await NotifySeekerAsync(claim, $"취업성공장려금 {KoreanFormat.Won(claim.Amount)}이 지급되었습니다.", ct);
                if ((i + 1) % PaymentChunk == 0 || i + 1 == claims.Count) await FlushChunkAsync(batchId, i + 1, claims.Count, ct);
            }
        }, ct);

    private async Task FlushChunkAsync(int batchId, int done, int total, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        log.LogInformation("Payment batch {BatchId}: {Done}/{Total} payments written, not yet committed", batchId, done, total);
        // Test hook for the crash test: only when configured, a pause after each chunk so a test can kill the process mid-batch.
        if (config.GetValue<int?>("Iljari:Testing:PaymentBatchDelayMs") is int delay && delay > 0) await Task.Delay(delay, ct);
    }

    /// <summary>환수: the claim's payment goes back to the budget and the claim is closed.</summary>
    public Task ReverseAsync(int claimId, string? reason, string userId, CancellationToken ct) =>
        InUnitAsync(async () =>
        {
            var claim = await db.IncentiveClaims.FirstOrDefaultAsync(c => c.Id == claimId, ct) ?? throw new DomainException("청구를 찾을 수 없습니다.");
            var payment = await db.LedgerTransactions.Include(t => t.Entries).FirstOrDefaultAsync(t => t.ClaimId == claimId && t.Kind == LedgerKind.Payment, ct)
                ?? throw new DomainException("지급된 청구만 환수할 수 있습니다.");
            var scheme = await db.IncentiveSchemes.FirstAsync(s => s.Id == claim.SchemeId, ct);
            claim.MarkReversed(userId, reason, Now);
            db.LedgerTransactions.Add(LedgerTransaction.Reverse(scheme, payment, claim.ReviewReason!, userId, Now));
        }, ct);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task NotifySeekerAsync(IncentiveClaim claim, string title, CancellationToken ct)
    {
        var user = await db.SeekerProfiles.Where(s => s.Id == claim.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
        await NotificationWriter.AddAsync(db, user, NotificationKind.Counseling, title, "/Seeker/Incentive", $"claim:{claim.Id}:{claim.Status}", Now, ct);
    }

    private Task InUnitAsync(Func<Task> unit, CancellationToken ct) => ConflictRetry.RunAsync(db, unit, ct);
}
