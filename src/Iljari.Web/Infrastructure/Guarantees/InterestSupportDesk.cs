using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using System.Security.Claims;

namespace Iljari.Web.Infrastructure.Guarantees;

/// <summary>
/// 운영자금 이차보전: shops apply; under 선착순 the first ones up to the quota are selected at once (the round's
/// QuotaVersion token and <see cref="ConflictRetry"/> keep the quota exact under racing applications), under 심사 staff
/// select by score; each month's payments are generated once per shop (unique index on application and month).
/// </summary>
public sealed class InterestSupportDesk(AppDbContext db, TimeProvider time)
{
    public async Task<IQueryable<InterestSupportRound>> ManagedRoundsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await FinanceScope.OfAsync(db, user, ct);
        return scope.All ? db.InterestSupportRounds : db.InterestSupportRounds.Where(r => r.AgencyId == scope.AgencyId);
    }

    public async Task<InterestSupportApplication> ApplyAsync(int roundId, int companyId, long loanAmount, string? bank, DateOnly? loanStart, CancellationToken ct)
    {
        InterestSupportApplication? created = null;
        await ConflictRetry.RunAsync(db, async () =>
        {
            var round = await db.InterestSupportRounds.FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new DomainException("사업을 찾을 수 없습니다.");
            if (await db.InterestSupportApplications.AnyAsync(a => a.RoundId == roundId && a.CompanyId == companyId, ct))
                throw new DomainException("이미 이 사업에 신청했습니다.");
            var start = loanStart ?? throw new ValidationFailedException([new FieldError("LoanStart", "대출 실행일을 입력해 주세요.")]);
            created = InterestSupportApplication.Apply(round, companyId, loanAmount, bank, start, await SelectedAsync(roundId, ct),
                KoreanFormat.TodayInKorea(time), time.GetUtcNow().UtcDateTime);
            db.InterestSupportApplications.Add(created);
        }, ct);
        return created!;
    }

    public Task SelectAsync(int applicationId, int score, string userId, CancellationToken ct) =>
        ConflictRetry.RunAsync(db, async () =>
        {
            var application = await db.InterestSupportApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw new DomainException("신청을 찾을 수 없습니다.");
            var round = await db.InterestSupportRounds.FirstAsync(r => r.Id == application.RoundId, ct);
            application.Select(round, score, await SelectedAsync(round.Id, ct), userId, time.GetUtcNow().UtcDateTime);
        }, ct);

    /// <summary>선정 마감 of a 심사 round (see <see cref="InterestSupportRound.FinishSelection"/>): returns how many shops became 미선정.</summary>
    public async Task<int> FinishSelectionAsync(int roundId, CancellationToken ct)
    {
        var count = 0;
        await ConflictRetry.RunAsync(db, async () =>
        {
            var round = await db.InterestSupportRounds.FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new DomainException("사업을 찾을 수 없습니다.");
            var waiting = await db.InterestSupportApplications.Where(a => a.RoundId == roundId).Where(InterestSupportApplication.Undecided).ToListAsync(ct);
            count = round.FinishSelection(waiting, KoreanFormat.TodayInKorea(time));
        }, ct);
        return count;
    }

    /// <summary>지급분 생성 for <paramref name="month"/>: one payment per selected shop whose support covers that month; returns how many were new.</summary>
    public async Task<int> GeneratePaymentsAsync(int roundId, DateOnly month, CancellationToken ct)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var round = await db.InterestSupportRounds.AsNoTracking().FirstAsync(r => r.Id == roundId, ct);
        var selected = await db.InterestSupportApplications.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.Status == InterestApplicationStatus.Selected && !db.InterestPayments.Any(p => p.ApplicationId == a.Id && p.Month == first))
            .ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var due = selected.Where(a => a.SupportedMonths(round).Contains(first)).ToList();
        foreach (var a in due) db.InterestPayments.Add(new InterestPayment(a.Id, first, round.MonthlyAmount(a.LoanAmount), now));
        try
        {
            await db.SaveChangesAsync(ct);
            return due.Count;
        }
        catch (DbUpdateException)
        {
            // Someone generated the same month at the same time; their rows stand.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    public Task<int> SelectedAsync(int roundId, CancellationToken ct) =>
        db.InterestSupportApplications.CountAsync(a => a.RoundId == roundId && a.Status == InterestApplicationStatus.Selected, ct);
}
