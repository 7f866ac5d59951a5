using Iljari.Core.Domain.Incentives;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>취업성공장려금: claims filed and money paid, against the year's budget (all from the ledger).</summary>
public sealed partial class KpiService
{
    private async Task<Tally[]> IncentiveClaimsAsync(DashboardFilter f, CancellationToken ct)
    {
        var (start, end) = (Kst.StartUtc(f.From), Kst.EndUtc(f.To));
        var claims = db.IncentiveClaims.Where(c => c.FiledAt >= start && c.FiledAt < end);
        if (f.AgencyId is { } agency) claims = claims.Where(c => c.AgencyId == agency);
        if (!string.IsNullOrEmpty(f.Group))
        {
            var seekers = db.SeekerProfiles.In(f.Group, f.Year);
            claims = claims.Where(c => seekers.Any(s => s.Id == c.SeekerProfileId));
        }
        return ByMonth(await claims.GroupBy(c => c.FiledAt.AddHours(9).Month).Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct));
    }

    /// <summary>Net money into the 지급 완료 account per month: payments minus 환수 (a reversal credits that account).</summary>
    private async Task<Tally[]> IncentivePaymentsAsync(DashboardFilter f, CancellationToken ct)
    {
        var (start, end) = (Kst.StartUtc(f.From), Kst.EndUtc(f.To));
        var transactions = db.LedgerTransactions.Where(t => t.CreatedAt >= start && t.CreatedAt < end && (t.Kind == LedgerKind.Payment || t.Kind == LedgerKind.Reversal));
        if (f.AgencyId is { } agency) transactions = transactions.Where(t => db.IncentiveClaims.Any(c => c.Id == t.ClaimId && c.AgencyId == agency));
        if (!string.IsNullOrEmpty(f.Group))
        {
            var seekers = db.SeekerProfiles.In(f.Group, f.Year);
            transactions = transactions.Where(t => db.IncentiveClaims.Any(c => c.Id == t.ClaimId && seekers.Any(s => s.Id == c.SeekerProfileId)));
        }
        return ByMonth(await db.LedgerEntries.Where(e => e.Account == LedgerAccount.Paid)
            .Join(transactions, e => e.TransactionId, t => t.Id, (e, t) => new { e.Amount, t.CreatedAt })
            .GroupBy(x => x.CreatedAt.AddHours(9).Month).Select(g => new MonthTally(g.Key, g.Sum(x => x.Amount), 0)).ToListAsync(ct));
    }

    /// <summary>The year's scheme budget: everything allocated to it (배정 − 감액), read from the 시 재원 account.</summary>
    public async Task<long?> BudgetAsync(int year, CancellationToken ct)
    {
        var schemes = db.IncentiveSchemes.Where(s => s.Year == year).Select(s => s.Id);
        var funds = await db.LedgerEntries.Where(e => e.Account == LedgerAccount.CityFunds)
            .Join(db.LedgerTransactions.Where(t => schemes.Contains(t.SchemeId)), e => e.TransactionId, t => t.Id, (e, _) => e.Amount)
            .SumAsync(a => (long?)a, ct);
        return funds is null ? null : -funds;
    }
}
