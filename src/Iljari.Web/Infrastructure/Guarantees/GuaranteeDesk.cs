using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;
using System.Security.Claims;

namespace Iljari.Web.Infrastructure.Guarantees;

/// <summary>A year of the guarantee ledger: supplied (approved), repaid, defaulted, recovered, and the balances at year end.</summary>
public sealed record GuaranteeYear(int Year, long Approved, int Firms, long Repaid, long Defaulted, long Recovered, long OutstandingAtEnd, long SubrogatedAtEnd);

public sealed record GuaranteeSummary(GuaranteeScheme Scheme, long Approved, long Outstanding, long Subrogated, IReadOnlyList<GuaranteeYear> Years)
{
    public long Remaining => Scheme.TotalLimit - Approved;
}

/// <summary>
/// 특례보증 work: applications by firms, approval within the scheme's total limit (never exceeded, even when many staff
/// approve at once: the scheme's LimitVersion token and <see cref="ConflictRetry"/>), repayments, 대위변제 and recoveries.
/// </summary>
public sealed class GuaranteeDesk(AppDbContext db, TimeProvider time)
{
    /// <summary>Schemes the caller runs: their agency's, or every scheme for the city admin.</summary>
    public async Task<IQueryable<GuaranteeScheme>> ManagedSchemesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await FinanceScope.OfAsync(db, user, ct);
        return scope.All ? db.GuaranteeSchemes : db.GuaranteeSchemes.Where(s => s.AgencyId == scope.AgencyId);
    }

    public async Task<Guarantee> ApplyAsync(int schemeId, int companyId, long amount, int termMonths, string? bank, string? purpose, CancellationToken ct)
    {
        var scheme = await db.GuaranteeSchemes.FirstOrDefaultAsync(s => s.Id == schemeId, ct) ?? throw new DomainException("특례보증 사업을 찾을 수 없습니다.");
        if (await db.Guarantees.AnyAsync(g => g.SchemeId == schemeId && g.CompanyId == companyId && Guarantee.Live.Contains(g.Status), ct))
            throw new DomainException("이미 심사 중이거나 보증 중인 건이 있습니다.");
        var guarantee = Guarantee.Apply(scheme, companyId, amount, termMonths, bank, purpose, KoreanFormat.TodayInKorea(time));
        db.Guarantees.Add(guarantee);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("이미 심사 중이거나 보증 중인 건이 있습니다.");
        }
        return guarantee;
    }

    public Task ApproveAsync(int guaranteeId, string userId, CancellationToken ct) =>
        ConflictRetry.RunAsync(db, async () =>
        {
            var g = await db.Guarantees.FirstOrDefaultAsync(x => x.Id == guaranteeId, ct) ?? throw new DomainException("신청을 찾을 수 없습니다.");
            var scheme = await db.GuaranteeSchemes.FirstAsync(s => s.Id == g.SchemeId, ct);
            g.Approve(scheme, await ApprovedAsync(scheme.Id, ct), KoreanFormat.TodayInKorea(time), userId, Now);
            await NotifyAsync(g, $"특례보증 {KoreanFormat.Won(g.Amount)}이 승인되었습니다.", ct);
        }, ct);

    public Task RejectAsync(int guaranteeId, string? reason, string userId, CancellationToken ct) =>
        DecideAsync(guaranteeId, (g, _) => g.Reject(reason, userId, Now), ct);

    public Task DecideAsync(int guaranteeId, Action<Guarantee, DateOnly> change, CancellationToken ct) =>
        ConflictRetry.RunAsync(db, async () =>
        {
            var g = await db.Guarantees.FirstOrDefaultAsync(x => x.Id == guaranteeId, ct) ?? throw new DomainException("보증 건을 찾을 수 없습니다.");
            change(g, KoreanFormat.TodayInKorea(time));
            if (g.Status == GuaranteeStatus.Rejected) await NotifyAsync(g, "특례보증 신청이 반려되었습니다.", ct);
        }, ct);

    public Task<long> ApprovedAsync(int schemeId, CancellationToken ct) =>
        db.GuaranteeEntries.Where(e => e.SchemeId == schemeId && e.Kind == GuaranteeEventKind.Approval).SumAsync(e => e.Outstanding, ct);

    /// <summary>The scheme's position, and a row per year of the scheme up to this year, all summed from the ledger rows.</summary>
    public async Task<GuaranteeSummary> SummaryAsync(GuaranteeScheme scheme, CancellationToken ct)
    {
        var rows = await db.GuaranteeEntries.AsNoTracking().Where(e => e.SchemeId == scheme.Id)
            .GroupBy(e => new { e.On.Year, e.Kind })
            .Select(g => new { g.Key.Year, g.Key.Kind, Outstanding = g.Sum(e => e.Outstanding), Subrogated = g.Sum(e => e.Subrogated), Firms = g.Count() })
            .ToListAsync(ct);
        long Sum(int year, GuaranteeEventKind kind, bool subrogated = false) =>
            rows.Where(r => r.Year == year && r.Kind == kind).Sum(r => subrogated ? r.Subrogated : r.Outstanding);
        var lastYear = Math.Min(scheme.LastYear, Math.Max(scheme.FirstYear, KoreanFormat.TodayInKorea(time).Year));
        var years = Enumerable.Range(scheme.FirstYear, lastYear - scheme.FirstYear + 1).Select(y => new GuaranteeYear(y,
            Sum(y, GuaranteeEventKind.Approval), rows.Where(r => r.Year == y && r.Kind == GuaranteeEventKind.Approval).Sum(r => r.Firms),
            -Sum(y, GuaranteeEventKind.Repayment), Sum(y, GuaranteeEventKind.Default, subrogated: true), -Sum(y, GuaranteeEventKind.Recovery, subrogated: true),
            rows.Where(r => r.Year <= y).Sum(r => r.Outstanding), rows.Where(r => r.Year <= y).Sum(r => r.Subrogated))).ToList();
        return new GuaranteeSummary(scheme, rows.Where(r => r.Kind == GuaranteeEventKind.Approval).Sum(r => r.Outstanding),
            rows.Sum(r => r.Outstanding), rows.Sum(r => r.Subrogated), years);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task NotifyAsync(Guarantee g, string title, CancellationToken ct)
    {
        var users = await NotificationWriter.UsersOfAsync(db, g.CompanyId, ct);
        await NotificationWriter.AddAsync(db, users, NotificationKind.Application, title, "/Employer/Finance", $"guarantee:{g.Id}:{g.Status}", Now, ct);
    }
}
