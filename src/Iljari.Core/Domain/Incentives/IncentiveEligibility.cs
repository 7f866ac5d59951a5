using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Board;

namespace Iljari.Core.Domain.Incentives;

/// <summary>What the incentive rules look at for one seeker and the job that starts the chain.</summary>
/// <param name="RegisteredOn">The first day the seeker was a client of an agency (상담 신청 or 배정); null if never.</param>
public sealed record IncentiveFacts(IReadOnlyCollection<string> Groups, bool LivesInGoyang, DateOnly? RegisteredOn, EmploymentSpell Job);

/// <summary>The verdict with every unmet condition in Korean.</summary>
public sealed record IncentiveVerdict(bool Eligible, IReadOnlyList<string> Unmet);

public static class IncentiveEligibility
{
    public static IncentiveVerdict Check(IncentiveRules rules, IncentiveFacts f)
    {
        var unmet = new List<string>();
        if (!rules.Groups.Any(f.Groups.Contains))
            unmet.Add($"{string.Join("·", rules.Groups.Select(TargetGroups.Label))}에 해당하는 분이 대상입니다.");
        if (rules.GoyangResidentsOnly && !f.LivesInGoyang) unmet.Add("고양시에 사는 분만 받을 수 있습니다.");
        if (rules.RegisteredBeforePlacement && (f.RegisteredOn is not { } registered || registered >= f.Job.Start))
            unmet.Add("취업 전에 일자리센터 상담에 등록되어 있어야 합니다.");
        if (f.Job.HoursPerWeek < rules.MinHoursPerWeek) unmet.Add($"주 {rules.MinHoursPerWeek}시간 이상 일자리가 대상입니다 (현재 주 {f.Job.HoursPerWeek}시간).");
        if (rules.RequireEmploymentInsurance && !f.Job.Insured) unmet.Add("고용보험에 가입된 일자리가 대상입니다.");
        return new IncentiveVerdict(unmet.Count == 0, unmet);
    }
}
