using System.Linq.Expressions;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Guarantees;

/// <summary>How places are given: in order of application (선착순), or by staff scores (심사).</summary>
public enum InterestSelection { FirstCome, Scored }

public enum InterestApplicationStatus { Applied, Selected, Waitlisted, Rejected }

/// <summary>
/// 운영자금 이차보전: each year the city pays part of the interest on shops' operating-fund loans (about 300 shops).
/// The support is <see cref="RateBasisPoints"/> a year on the loan (up to <see cref="MaxLoan"/>) for <see cref="Months"/>
/// months from the loan's start, paid monthly. <see cref="QuotaVersion"/> is a concurrency token bumped by every
/// selection, so the quota cannot be overrun by racing applications.
/// </summary>
public class InterestSupportRound
{
    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public int Quota { get; private set; }
    public InterestSelection Selection { get; private set; }
    public int RateBasisPoints { get; private set; }
    public long MaxLoan { get; private set; }
    public int Months { get; private set; }
    public DateOnly Opens { get; private set; }
    public DateOnly Closes { get; private set; }
    public long QuotaVersion { get; private set; }

    private InterestSupportRound() { }

    public static InterestSupportRound Create(int agencyId, int year, string? title, int quota, InterestSelection selection, int rateBasisPoints, long maxLoan, int months,
        DateOnly? opens, DateOnly? closes)
    {
        var errors = new List<FieldError>();
        var t = title?.Trim() ?? "";
        if (t.Length is 0 or > 100) errors.Add(new("Title", "사업명을 100자 이내로 입력해 주세요."));
        if (year is < 2000 or > 2100) errors.Add(new("Year", "사업 연도를 확인해 주세요."));
        if (quota is < 1 or > 100_000) errors.Add(new("Quota", "지원 업체 수를 확인해 주세요."));
        if (rateBasisPoints is < 1 or > 1_000) errors.Add(new("Rate", "지원 금리는 0.01%p~10%p로 입력해 주세요."));
        if (maxLoan is < 1_000_000 or > 1_000_000_000) errors.Add(new("MaxLoan", "지원 대상 대출 한도를 확인해 주세요."));
        if (months is < 1 or > 60) errors.Add(new("Months", "지원 기간은 1~60개월로 입력해 주세요."));
        if (opens is null) errors.Add(new("Opens", "신청 시작일을 입력해 주세요."));
        if (closes is null) errors.Add(new("Closes", "신청 마감일을 입력해 주세요."));
        else if (closes < opens) errors.Add(new("Closes", "신청 마감일은 시작일 이후여야 합니다."));
        if (!Enum.IsDefined(selection)) errors.Add(new("Selection", "선정 방식을 골라 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new InterestSupportRound
        {
            AgencyId = agencyId, Year = year, Title = t, Quota = quota, Selection = selection, RateBasisPoints = rateBasisPoints, MaxLoan = maxLoan, Months = months,
            Opens = opens!.Value, Closes = closes!.Value,
        };
    }

    /// <summary>
    /// 선정 마감 of a 심사 round: once its application window has closed, every shop still 심사 중 (or 대기) is 미선정, so the
    /// shops learn the outcome and the round's places are final. A 선착순 round is never finished this way: its waitlist stays
    /// 대기, because staff can still give a waiting shop (대기) a place that frees up. Bumps the quota token, so
    /// a score selection racing with the finish is decided on the finished state. Returns how many were marked 미선정.
    /// </summary>
    public int FinishSelection(IEnumerable<InterestSupportApplication> applications, DateOnly today)
    {
        if (Selection != InterestSelection.Scored) throw new DomainException("선착순 사업은 선정을 마감하지 않습니다. 대기 업체는 자리가 나면 선정할 수 있습니다.");
        if (today <= Closes) throw new DomainException($"신청 기간이 {KoreanFormat.Date(Closes)}에 끝난 뒤에 선정을 마감할 수 있습니다.");
        var waiting = applications.Where(a => a.RoundId == Id).Where(InterestSupportApplication.IsUndecided).ToList();
        if (waiting.Count == 0) throw new DomainException("미선정으로 처리할 신청이 없습니다. 이미 선정을 마감했을 수 있습니다.");
        foreach (var a in waiting) a.MarkNotSelected();
        TouchQuota();
        return waiting.Count;
    }

    /// <summary>The monthly payment on a loan: the supported rate on the loan up to the cap, a twelfth a month, cut to 10원.</summary>
    public long MonthlyAmount(long loanAmount) => Math.Min(loanAmount, MaxLoan) * RateBasisPoints / 10_000 / 12 / 10 * 10;

    internal void TouchQuota() => QuotaVersion++;
}

/// <summary>A shop's application: its loan, and whether it got one of the year's places.</summary>
public class InterestSupportApplication
{
    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int CompanyId { get; private set; }
    public long LoanAmount { get; private set; }
    public string Bank { get; private set; } = "";
    public DateOnly LoanStart { get; private set; }
    public InterestApplicationStatus Status { get; private set; }
    public int? Score { get; private set; }
    public DateTime AppliedAt { get; private set; }
    /// <summary>When the shop got its place, and who gave it: null under 선착순, where the quota count decided at the time of applying.</summary>
    public DateTime? SelectedAt { get; private set; }
    public string? SelectedByUserId { get; private set; }

    private InterestSupportApplication() { }

    /// <summary>Under 선착순, a place while <paramref name="selectedSoFar"/> is below the quota, otherwise the waitlist.</summary>
    public static InterestSupportApplication Apply(InterestSupportRound round, int companyId, long loanAmount, string? bank, DateOnly loanStart,
        int selectedSoFar, DateOnly today, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        if (today < round.Opens || today > round.Closes) errors.Add(new("RoundId", "지금은 신청 기간이 아닙니다."));
        if (loanAmount is < 1_000_000 or > 10_000_000_000) errors.Add(new("LoanAmount", "대출 금액을 확인해 주세요."));
        if (string.IsNullOrWhiteSpace(bank) || bank.Trim().Length > 30) errors.Add(new("Bank", "대출 은행을 골라 주세요."));
        if (loanStart < today.AddYears(-1) || loanStart > today.AddMonths(3)) errors.Add(new("LoanStart", "대출 실행일은 1년 전부터 3개월 후 사이로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var status = round.Selection == InterestSelection.Scored ? InterestApplicationStatus.Applied
            : selectedSoFar < round.Quota ? InterestApplicationStatus.Selected : InterestApplicationStatus.Waitlisted;
        if (status == InterestApplicationStatus.Selected) round.TouchQuota();
        return new InterestSupportApplication
        {
            RoundId = round.Id, CompanyId = companyId, LoanAmount = loanAmount, Bank = bank!.Trim(), LoanStart = loanStart, Status = status, AppliedAt = nowUtc,
            SelectedAt = status == InterestApplicationStatus.Selected ? nowUtc : null,
        };
    }

    /// <summary>심사 선정: staff give a score and a place, within the quota.</summary>
    public void Select(InterestSupportRound round, int score, int selectedSoFar, string userId, DateTime nowUtc)
    {
        if (Status is not (InterestApplicationStatus.Applied or InterestApplicationStatus.Waitlisted)) throw new DomainException("선정할 수 있는 신청이 아닙니다.");
        if (score is < 0 or > 100) throw new ValidationFailedException([new FieldError("Score", "점수는 0~100점으로 입력해 주세요.")]);
        if (selectedSoFar >= round.Quota) throw new DomainException($"지원 업체 수({round.Quota}곳)가 다 찼습니다.");
        (Status, Score, SelectedAt, SelectedByUserId) = (InterestApplicationStatus.Selected, score, nowUtc, userId);
        round.TouchQuota();
    }

    internal void MarkNotSelected() => Status = InterestApplicationStatus.Rejected;

    /// <summary>Still without an outcome (심사 중, or 대기 under 선착순): what 선정 마감 turns into 미선정. For queries.</summary>
    public static readonly Expression<Func<InterestSupportApplication, bool>> Undecided =
        a => a.Status == InterestApplicationStatus.Applied || a.Status == InterestApplicationStatus.Waitlisted;

    internal static readonly Func<InterestSupportApplication, bool> IsUndecided = Undecided.Compile();

    /// <summary>The months (first days) this shop is paid for: from the loan's start month, for the round's months.</summary>
    public IEnumerable<DateOnly> SupportedMonths(InterestSupportRound round)
    {
        var first = new DateOnly(LoanStart.Year, LoanStart.Month, 1);
        return Enumerable.Range(0, round.Months).Select(first.AddMonths);
    }
}

/// <summary>One month's interest support to one shop: unique per application and month, so generating a month twice pays once.</summary>
public class InterestPayment
{
    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public DateOnly Month { get; private set; }
    public long Amount { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private InterestPayment() { }

    public InterestPayment(int applicationId, DateOnly month, long amount, DateTime nowUtc) =>
        (ApplicationId, Month, Amount, CreatedAt) = (applicationId, month, amount, nowUtc);
}

public static class InterestLabels
{
    public static string Label(this InterestApplicationStatus s) => s switch
    {
        InterestApplicationStatus.Applied => "심사 중",
        InterestApplicationStatus.Selected => "선정",
        InterestApplicationStatus.Waitlisted => "대기",
        _ => "미선정",
    };

    public static string Label(this InterestSelection s) => s == InterestSelection.FirstCome ? "선착순" : "심사";
}
