using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure.Incentives;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>
/// A scheme's year in numbers, every figure a database aggregate (no rows loaded): claims by status, net payments by
/// Korean month and by the seeker's target group, and the budget from the ledger. Payments are the 지급 완료 account's
/// entries, so a 환수 in a later month shows in that month as a negative.
/// </summary>
public sealed class IncentiveReport(AppDbContext db, IncentiveLedger ledger)
{
    public sealed record StatusLine(ClaimStatus Status, int Count, long Amount);
    public sealed record MonthLine(int Year, int Month, int Payments, int Reversals, long Net);
    /// <summary>Seekers paid, claims paid (net of 환수) and the net amount for seekers who declared the group.</summary>
    public sealed record GroupLine(string Code, int Seekers, int Claims, long Net);
    public sealed record Result(LedgerBalances Balances, IReadOnlyList<StatusLine> ByStatus, IReadOnlyList<MonthLine> ByMonth, IReadOnlyList<GroupLine> ByGroup)
    {
        public long NetPaid => ByMonth.Sum(m => m.Net);
    }

    private static readonly ClaimStatus[] StatusOrder =
        [ClaimStatus.Submitted, ClaimStatus.SupplementRequested, ClaimStatus.Approved, ClaimStatus.Paid, ClaimStatus.Reversed, ClaimStatus.Rejected];

    public async Task<Result> BuildAsync(IncentiveScheme scheme, CancellationToken ct)
    {
        var byStatus = await db.IncentiveClaims.Where(c => c.SchemeId == scheme.Id).GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count(), Amount = g.Sum(c => c.Amount) }).ToListAsync(ct);

        // Payments in, reversals out of the 지급 완료 account; the month is the Korean calendar month of the transaction.
        var paid = from e in db.LedgerEntries
                   join t in db.LedgerTransactions on e.TransactionId equals t.Id
                   where t.SchemeId == scheme.Id && e.Account == LedgerAccount.Paid
                   select new { e.Amount, t.Kind, Kst = t.CreatedAt.AddHours(9), t.ClaimId };
        var byMonth = await paid.GroupBy(x => new { x.Kst.Year, x.Kst.Month })
            .Select(g => new MonthLine(g.Key.Year, g.Key.Month, g.Count(x => x.Kind == LedgerKind.Payment), g.Count(x => x.Kind == LedgerKind.Reversal), g.Sum(x => x.Amount)))
            .ToListAsync(ct);

        // A seeker may have declared several groups: each of their payments counts in every one of them. One query per
        // group (a handful): SQLite cannot join a JSON column's elements to group by them. The grouping key is the scheme,
        // a real column, so every database reads it as one group (a constant key can mean "the first column" to PostgreSQL).
        var groups = new List<GroupLine>();
        foreach (var code in RulesInput.GroupChoices)
        {
            var line = (await (from x in paid
                               join c in db.IncentiveClaims on x.ClaimId equals c.Id
                               join s in db.SeekerProfiles on c.SeekerProfileId equals s.Id
                               where s.Circumstances.Contains(code)
                               select new { x.Amount, x.Kind, c.SeekerProfileId, c.Status, c.SchemeId })
                .GroupBy(x => x.SchemeId)
                .Select(g => new GroupLine(code,
                    g.Where(x => x.Status == ClaimStatus.Paid).Select(x => x.SeekerProfileId).Distinct().Count(),
                    g.Count(x => x.Kind == LedgerKind.Payment) - g.Count(x => x.Kind == LedgerKind.Reversal),
                    g.Sum(x => x.Amount)))
                .ToListAsync(ct)).SingleOrDefault();
            groups.Add(line ?? new GroupLine(code, 0, 0, 0));
        }

        return new Result(await ledger.BalancesAsync(scheme.Id, ct),
            StatusOrder.Select(s => byStatus.FirstOrDefault(b => b.Key == s) is { } b ? new StatusLine(s, b.Count, b.Amount) : new StatusLine(s, 0, 0)).ToList(),
            byMonth.OrderBy(m => m.Year).ThenBy(m => m.Month).ToList(), groups);
    }
}
