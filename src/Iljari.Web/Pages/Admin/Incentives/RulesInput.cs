using System.Globalization;
using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Seekers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Iljari.Web.Pages.Admin.Incentives;

/// <summary>One payment point as typed: months and an amount that may carry separators ("500,000").</summary>
public sealed class MilestoneRow
{
    public int? Months { get; set; }
    public string? Amount { get; set; }

    public bool IsEmpty => Months is null && string.IsNullOrWhiteSpace(Amount);
}

/// <summary>
/// The rules form (지원 대상, 조건, 지급 시점). Booleans default to false because an unticked checkbox sends nothing;
/// the page fills the form from the current rules. Empty milestone rows are ignored.
/// </summary>
public class RulesInput
{
    /// <summary>The groups a seeker can declare on the profile, so the only ones a scheme can target.</summary>
    public static IReadOnlyList<string> GroupChoices => SeekerProfile.DeclarableGroups;

    public List<string?> Groups { get; set; } = [];
    public bool RegisteredBeforePlacement { get; set; }
    public bool GoyangResidentsOnly { get; set; }
    public int? MinHoursPerWeek { get; set; }
    public bool RequireEmploymentInsurance { get; set; }
    public int? MaxGapDays { get; set; }
    public List<MilestoneRow> Milestones { get; set; } = [];

    public void Fill(IncentiveRules r)
    {
        Groups = [.. r.Groups];
        (RegisteredBeforePlacement, GoyangResidentsOnly, RequireEmploymentInsurance) = (r.RegisteredBeforePlacement, r.GoyangResidentsOnly, r.RequireEmploymentInsurance);
        (MinHoursPerWeek, MaxGapDays) = (r.MinHoursPerWeek, r.MaxGapDays);
        Milestones = [.. r.Milestones.OrderBy(m => m.Months).Select(m => new MilestoneRow { Months = m.Months, Amount = m.Amount.ToString("#,0", CultureInfo.InvariantCulture) })];
        PadRows();
    }

    /// <summary>At least two rows, and always one empty row to add a payment point.</summary>
    public void PadRows()
    {
        Milestones = [.. Milestones.Where(m => !m.IsEmpty)];
        while (Milestones.Count < 2) Milestones.Add(new MilestoneRow());
        if (Milestones.All(m => !m.IsEmpty)) Milestones.Add(new MilestoneRow());
    }

    /// <summary>
    /// The rules as typed. Form-level problems (a half-filled row, an unknown group) go into <paramref name="state"/>
    /// under <paramref name="prefix"/>; when there are any, the rules' own checks are added too, so every message shows at once.
    /// </summary>
    public IncentiveRules ToRules(ModelStateDictionary state, string prefix)
    {
        var groups = Groups.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!).Distinct().ToList();
        if (groups.Any(g => !GroupChoices.Contains(g))) state.AddModelError($"{prefix}.Groups", "알 수 없는 대상 계층이 있습니다.");
        var milestones = new List<IncentiveMilestone>();
        foreach (var row in Milestones.Where(m => !m.IsEmpty))
        {
            var amount = WonText.Parse(row.Amount);
            if (row.Months is null || string.IsNullOrWhiteSpace(row.Amount))
                state.AddModelError($"{prefix}.Milestones", "지급 시점마다 근속 개월 수와 지급액을 함께 입력해 주세요.");
            else if (amount is null) state.AddModelError($"{prefix}.Milestones", "지급액은 숫자로 입력해 주세요 (예: 500,000).");
            else milestones.Add(new IncentiveMilestone(row.Months.Value, amount.Value));
        }
        var rules = new IncentiveRules
        {
            Groups = [.. GroupChoices.Where(groups.Contains)],
            RegisteredBeforePlacement = RegisteredBeforePlacement, GoyangResidentsOnly = GoyangResidentsOnly,
            MinHoursPerWeek = MinHoursPerWeek ?? 0, RequireEmploymentInsurance = RequireEmploymentInsurance, MaxGapDays = MaxGapDays ?? -1,
            Milestones = [.. milestones.OrderBy(m => m.Months)],
        };
        if (state.ErrorCount > 0) state.AddMissing(new ValidationFailedException(rules.Problems()), prefix);
        return rules;
    }
}

public static class RulesFormErrors
{
    /// <summary>Adds the domain's messages for fields the form has not already complained about.</summary>
    public static void AddMissing(this ModelStateDictionary state, ValidationFailedException e, string prefix)
    {
        var taken = e.Errors.Select(x => x.Field).Where(f => state[$"{prefix}.{f}"] is { Errors.Count: > 0 }).ToHashSet();
        foreach (var error in e.Errors.Where(x => !taken.Contains(x.Field)))
            state.AddModelError($"{prefix}.{error.Field}", error.Message);
    }
}

/// <summary>The create form: a year and a title on top of the rules.</summary>
public sealed class SchemeInput : RulesInput
{
    public int? Year { get; set; }
    public string? Title { get; set; }

    public static SchemeInput Default(int year)
    {
        var input = new SchemeInput { Year = year, Title = $"{year}년 고양시 취업성공장려금" };
        input.Fill(new IncentiveRules());
        return input;
    }
}

/// <summary>Amounts typed the way people write them: "300,000,000", "300000000원", "-50,000".</summary>
public static class WonText
{
    public static long? Parse(string? text)
    {
        var t = (text ?? "").Replace(",", "", StringComparison.Ordinal).Replace("원", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}

/// <summary>A scheme's rules in words, for the page and the version list.</summary>
public static class RulesText
{
    public static IReadOnlyList<string> Describe(IncentiveRules r) =>
    [
        $"대상: {string.Join("·", r.Groups.Select(TargetGroups.Label))} 중 하나에 해당하는 분",
        r.GoyangResidentsOnly ? "고양시에 사는 분만" : "거주지 제한 없음",
        r.RegisteredBeforePlacement ? "취업 전에 일자리센터 상담에 등록한 분" : "상담 등록 시기 제한 없음",
        $"주 {r.MinHoursPerWeek}시간 이상" + (r.RequireEmploymentInsurance ? ", 고용보험에 가입된 일자리" : " 일자리 (고용보험 가입 여부는 보지 않음)"),
        r.MaxGapDays == 0 ? "이직할 때 쉬는 날 없이 이어져야 근속으로 봄" : $"이직 사이 {r.MaxGapDays}일까지는 근속이 이어진 것으로 봄",
        "지급: " + string.Join(", ", r.Milestones.OrderBy(m => m.Months).Select(m => $"{m.Months}개월 근속 {KoreanFormat.Won(m.Amount)}")),
    ];

    public static string Summary(IncentiveRules r) => string.Join(" · ", Describe(r));

    /// <summary>Whether two versions say the same (groups and payment points in any order).</summary>
    public static bool Same(IncentiveRules a, IncentiveRules b) =>
        a.Groups.ToHashSet().SetEquals(b.Groups) && a.Milestones.ToHashSet().SetEquals(b.Milestones) && a.Milestones.Count == b.Milestones.Count
        && (a.RegisteredBeforePlacement, a.GoyangResidentsOnly, a.MinHoursPerWeek, a.RequireEmploymentInsurance, a.MaxGapDays)
        == (b.RegisteredBeforePlacement, b.GoyangResidentsOnly, b.MinHoursPerWeek, b.RequireEmploymentInsurance, b.MaxGapDays);
}
