using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Incentives;

/// <summary>A payment point: after <see cref="Months"/> of continuous employment, <see cref="Amount"/> 원.</summary>
public sealed record IncentiveMilestone(int Months, long Amount);

/// <summary>
/// One version of a scheme's rules, as data. The defaults follow the national 취업성공수당 pattern: 500,000원 after 6
/// months and 1,000,000원 after 12 months of 30 h/week insured work; a job change with up to 30 days between jobs
/// keeps continuity. A year's city policy changes these numbers, not the code.
/// </summary>
public sealed record IncentiveRules
{
    public int Version { get; init; } = 1;
    public DateTime ChangedAt { get; init; }
    /// <summary>Vulnerable groups (codes of <see cref="Board.TargetGroups"/>); the seeker must declare one of them.</summary>
    public IReadOnlyList<string> Groups { get; init; } = ["lowincome", "disabled", "women", "vulnerable"];
    /// <summary>The seeker was a client of an agency (registered) before the job started.</summary>
    public bool RegisteredBeforePlacement { get; init; } = true;
    public bool GoyangResidentsOnly { get; init; } = true;
    public int MinHoursPerWeek { get; init; } = 30;
    public bool RequireEmploymentInsurance { get; init; } = true;
    public int MaxGapDays { get; init; } = 30;
    public IReadOnlyList<IncentiveMilestone> Milestones { get; init; } = [new(6, 500_000), new(12, 1_000_000)];

    public ContinuityRules Continuity => new(MinHoursPerWeek, RequireEmploymentInsurance, MaxGapDays);

    public IReadOnlyList<FieldError> Problems()
    {
        var errors = new List<FieldError>();
        if (Groups.Count == 0) errors.Add(new("Groups", "지원 대상 계층을 하나 이상 골라 주세요."));
        if (MinHoursPerWeek is < 1 or > 52) errors.Add(new("MinHoursPerWeek", "최소 주 근로시간은 1~52시간 사이로 입력해 주세요."));
        if (MaxGapDays is < 0 or > 365) errors.Add(new("MaxGapDays", "이직 허용 기간은 0~365일 사이로 입력해 주세요."));
        if (Milestones.Count == 0) errors.Add(new("Milestones", "지급 시점을 하나 이상 정해 주세요."));
        if (Milestones.Any(m => m.Months is < 1 or > 60)) errors.Add(new("Milestones", "지급 시점은 1~60개월 사이로 입력해 주세요."));
        if (Milestones.Any(m => m.Amount is < 10_000 or > 10_000_000)) errors.Add(new("Milestones", "지급액은 10,000원에서 10,000,000원 사이로 입력해 주세요."));
        if (Milestones.GroupBy(m => m.Months).Any(g => g.Count() > 1)) errors.Add(new("Milestones", "같은 개월 수의 지급 시점이 두 개 있습니다."));
        return errors;
    }
}

/// <summary>
/// 취업성공장려금 사업: one per year, with its rules kept as a list of versions (a claim records the version it was
/// judged by) and its money kept in the ledger. <see cref="LedgerVersion"/> is a concurrency token: every ledger
/// transaction of the scheme bumps it, so two approvals racing for the last of the budget cannot both commit.
/// </summary>
public class IncentiveScheme
{
    public int Id { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public List<IncentiveRules> RuleVersions { get; private set; } = [];
    public long LedgerVersion { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private IncentiveScheme() { }

    public IncentiveRules Rules => RuleVersions[^1];

    public static IncentiveScheme Create(int year, string? title, IncentiveRules rules, DateTime nowUtc)
    {
        var errors = new List<FieldError>(rules.Problems());
        var t = title?.Trim() ?? "";
        if (t.Length == 0) errors.Add(new("Title", "사업명을 입력해 주세요."));
        else if (t.Length > 100) errors.Add(new("Title", "사업명은 100자 이내로 입력해 주세요."));
        if (year is < 2020 or > 2100) errors.Add(new("Year", "연도를 확인해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new IncentiveScheme { Year = year, Title = t, RuleVersions = [rules with { Version = 1, ChangedAt = nowUtc }], CreatedAt = nowUtc };
    }

    /// <summary>New rules become a new version; claims already filed keep the version they were filed under.</summary>
    public void ChangeRules(IncentiveRules rules, DateTime nowUtc)
    {
        if (rules.Problems() is { Count: > 0 } errors) throw new ValidationFailedException(errors);
        RuleVersions = [.. RuleVersions, rules with { Version = Rules.Version + 1, ChangedAt = nowUtc }];
    }

    public void TouchLedger() => LedgerVersion++;
}
