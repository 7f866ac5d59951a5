using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Core.Tests.Rules;

/// <summary>중소기업 지원사업: who may apply, the application's states, score averaging and the award limits.</summary>
public class SmeSupportRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 1);
    private static readonly SupportDocument Plan = SupportDocument.Of("사업계획서", "a.pdf", "계획서.pdf", Now);

    private static SupportCall Call(long budget = 10_000_000, int awards = 2, Action<SupportCallFields>? change = null)
    {
        var fields = new SupportCallFields
        {
            Kind = SupportKind.WorkingCapital, Title = "중소기업 운전자금", Description = "운전자금을 지원합니다.", Opens = Today.AddDays(-5), Closes = Today.AddDays(5),
            Budget = budget, Awards = awards, RequiredDocuments = "사업계획서", Criteria = "사업성 40\n고용효과 30\n지역기여 30",
        };
        change?.Invoke(fields);
        var call = SupportCall.Create(1, fields, Now);
        call.Publish(Now);
        return call;
    }

    [Fact]
    public void The_six_kinds_of_the_citys_programmes_each_have_their_own_name()
    {
        var labels = Enum.GetValues<SupportKind>().Select(k => k.Label()).ToList();
        Assert.Equal(["운전자금", "창업지원센터 입주", "해외시장개척", "기술개발", "환경개선", "애로해소"], labels);
        var call = Call(change: f => f.Kind = SupportKind.DifficultyRelief);
        Assert.Equal(SupportKind.DifficultyRelief, call.Kind);
    }

    private static CompanyFacts Company(DateOnly? founded = null, string section = "I", CompanySize size = CompanySize.Small, string region = "4128510400") =>
        new(section, "음식점 및 주점업", size, region, founded);

    private static SupportApplication Apply(SupportCall call, long requested = 5_000_000) =>
        SupportApplication.Submit(call, 7, new SupportVerdict(true, []), requested, "카페 원두 구매 자금으로 쓰겠습니다.", null, [Plan], "employer", Today, Now);

    [Fact]
    public void A_Goyang_company_with_no_other_rules_is_eligible() =>
        Assert.True(SupportEligibility.Check(new SupportEligibilityRules(), Company(), Today).Eligible);

    [Fact]
    public void Every_unmet_rule_is_named_in_Korean()
    {
        var rules = new SupportEligibilityRules { IndustrySections = ["C"], Sizes = [CompanySize.Micro], GoyangOnly = true, MinYears = 3 };
        var verdict = SupportEligibility.Check(rules, Company(Today.AddYears(-1), region: "1138000000"), Today);
        Assert.False(verdict.Eligible);
        Assert.Equal(
            ["업종(음식점 및 주점업)이 지원 대상 업종이 아닙니다.", "기업 규모(5~49인)가 지원 대상(5인 미만)이 아닙니다.", "고양시에 있는 기업만 신청할 수 있습니다.",
             "업력 3년 이상 기업만 신청할 수 있습니다 (현재 업력 1년)."], verdict.Unmet);
    }

    [Theory]
    [InlineData(2023, 11, 1, true)]   // the third anniversary is today: 3 years complete
    [InlineData(2023, 11, 2, false)]  // one day short of 3 years
    public void Minimum_years_in_business_count_the_anniversary_day(int y, int m, int d, bool eligible) =>
        Assert.Equal(eligible, SupportEligibility.Check(new SupportEligibilityRules { MinYears = 3 }, Company(new DateOnly(y, m, d)), Today).Eligible);

    [Theory]
    [InlineData(2019, 11, 2, true)]   // 6 years and 364 days: still within 7 years
    [InlineData(2019, 11, 1, false)]  // the 7th anniversary is today: no longer 창업 7년 이내
    public void Maximum_years_in_business_end_on_the_anniversary(int y, int m, int d, bool eligible)
    {
        var verdict = SupportEligibility.Check(new SupportEligibilityRules { MaxYears = 7 }, Company(new DateOnly(y, m, d)), Today);
        Assert.Equal(eligible, verdict.Eligible);
        if (!eligible) Assert.Equal("창업 7년 이내 기업만 신청할 수 있습니다 (현재 업력 7년).", verdict.Unmet.Single());
    }

    [Fact]
    public void A_years_rule_asks_for_the_founding_date() =>
        Assert.Equal("업력을 확인하려면 설립일을 입력해 주세요.", SupportEligibility.Check(new SupportEligibilityRules { MaxYears = 7 }, Company(), Today).Unmet.Single());

    [Fact]
    public void Criteria_are_parsed_from_lines_and_bad_lines_are_refused()
    {
        Assert.Equal([new ScoringCriterion("사업성", 40), new ScoringCriterion("고용효과", 30), new ScoringCriterion("지역기여", 30)], Call().Criteria);
        var e = Assert.Throws<ValidationFailedException>(() => Call(change: f => (f.Criteria, f.Title, f.Closes) = ("사업성 마흔", "", Today.AddDays(-10))));
        Assert.Equal(["Title", "Closes", "Criteria"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void Applying_needs_an_open_call_every_required_document_and_a_request_within_the_budget()
    {
        var call = Call();
        var e = Assert.Throws<ValidationFailedException>(() =>
            SupportApplication.Submit(call, 7, new SupportVerdict(true, []), 20_000_000, "짧음", null, [], "u", Today, Now));
        Assert.Equal(["신청 금액은 사업 예산(10,000,000원)을 넘을 수 없습니다.", "사업 계획을 10자 이상 2,000자 이내로 입력해 주세요.", "‘사업계획서’ 파일을 올려 주세요."],
            e.Errors.Select(x => x.Message));
        Assert.Throws<DomainException>(() => SupportApplication.Submit(call, 7, new SupportVerdict(false, ["고양시에 있는 기업만 신청할 수 있습니다."]), 1, "충분히 긴 사업 계획입니다.", null, [Plan], "u", Today, Now));
        Assert.Throws<DomainException>(() => Apply(call).Withdraw(call, "u", Today.AddDays(6), Now));
    }

    [Fact]
    public void The_workflow_allows_only_its_transitions_and_logs_each_one()
    {
        var call = Call();
        var a = Apply(call);
        Assert.Throws<DomainException>(() => a.Reject("staff", "예산 부족", Now)); // not under review yet
        call.Close(Now);
        a.BeginReview("staff", Now);
        Assert.Throws<ValidationFailedException>(() => a.Reject("staff", " ", Now));
        a.Reject("staff", "사업성 점수가 낮습니다.", Now);
        Assert.Throws<DomainException>(() => a.Select(call, 1_000_000, "staff", null, Now));
        Assert.Equal([(null, SupportApplicationStatus.Submitted), (SupportApplicationStatus.Submitted, SupportApplicationStatus.UnderReview),
            (SupportApplicationStatus.UnderReview, SupportApplicationStatus.NotSelected)], a.Events.Select(x => (x.From, x.To)));
        Assert.Equal("사업성 점수가 낮습니다.", a.DecisionNote);

        var withdrawn = Apply(Call());
        withdrawn.Withdraw(Call(), "employer", Today, Now);
        Assert.Equal(SupportApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.Empty(SupportApplication.Allowed[SupportApplicationStatus.Withdrawn]);
    }

    [Fact]
    public void An_award_is_never_above_the_request_the_budget_left_or_the_number_of_awards()
    {
        var call = Call(budget: 8_000_000, awards: 2);
        var first = Apply(call, 5_000_000);
        var second = Apply(call, 5_000_000);
        var third = Apply(call, 1_000_000);
        call.Close(Now);
        foreach (var a in new[] { first, second, third }) a.BeginReview("staff", Now);

        Assert.Contains("신청 금액(5,000,000원)", Assert.Throws<ValidationFailedException>(() => first.Select(call, 5_000_001, "staff", null, Now)).Message, StringComparison.Ordinal);
        first.Select(call, 5_000_000, "staff", null, Now);
        Assert.Contains("남은 예산(3,000,000원)", Assert.Throws<ValidationFailedException>(() => second.Select(call, 4_000_000, "staff", null, Now)).Message, StringComparison.Ordinal);
        Assert.Equal(SupportApplicationStatus.UnderReview, second.Status);
        second.Select(call, 3_000_000, "staff", "감액 선정", Now);
        Assert.Throws<DomainException>(() => third.Select(call, 1, "staff", null, Now)); // two awards already
        Assert.Equal((8_000_000L, 2, 0L), (call.AwardedTotal, call.AwardedCount, call.BudgetRemaining));
        Assert.Equal(3_000_000, second.AwardedAmount);
    }

    [Fact]
    public void Selecting_before_the_call_is_closed_is_refused()
    {
        var call = Call();
        var a = Apply(call);
        Assert.Throws<DomainException>(() => a.Select(call, 1, "staff", null, Now));
    }

    [Fact]
    public void The_average_leaves_out_a_conflicted_reviewer_and_unscored_sheets()
    {
        var criteria = Call().Criteria;
        SupportReview Scored(string who, int a, int b, int c)
        {
            var r = SupportReview.Declare(1, who, false, null, Now);
            r.Score(criteria, new Dictionary<string, int?> { ["사업성"] = a, ["고용효과"] = b, ["지역기여"] = c }, Now);
            return r;
        }
        var conflicted = SupportReview.Declare(1, "c", true, "대표와 친족 관계", Now);
        var pending = SupportReview.Declare(1, "d", false, null, Now);
        var summary = ScoreSummary.Of([Scored("a", 35, 25, 20), conflicted, Scored("b", 30, 21, 20), pending]);
        Assert.Equal([80, 71], summary.Totals);
        Assert.Equal(75.5m, summary.Average);
        Assert.Equal(1, summary.Conflicts);
        Assert.Throws<DomainException>(() => conflicted.Score(criteria, new Dictionary<string, int?>(), Now));
        Assert.Throws<ValidationFailedException>(() => SupportReview.Declare(1, "e", true, "", Now));
    }

    [Fact]
    public void Points_must_stay_within_each_criterion_maximum()
    {
        var r = SupportReview.Declare(1, "a", false, null, Now);
        var e = Assert.Throws<ValidationFailedException>(() => r.Score(Call().Criteria, new Dictionary<string, int?> { ["사업성"] = 41, ["고용효과"] = -1 }, Now));
        Assert.Equal(["사업성: 0~40점 사이로 입력해 주세요.", "고용효과: 0~30점 사이로 입력해 주세요.", "지역기여: 0~30점 사이로 입력해 주세요."], e.Errors.Select(x => x.Message));
        Assert.Null(r.Total);
    }

    [Fact]
    public void A_difficulty_is_routed_by_category_due_in_14_days_and_overdue_after()
    {
        var desk = DifficultyRouting.DeskFor(DifficultyCategory.Finance);
        Assert.Equal("GOYANG-MERCHANT", desk.AgencyCode);
        var d = Difficulty.File(7, DifficultyCategory.Finance, "운전자금 부족", "원두 가격이 올라 운전자금이 부족합니다.", 3, desk, "employer", Today, Now);
        Assert.Equal((Today.AddDays(14), desk.Department), (d.DueOn, d.Department));
        Assert.False(d.IsOverdue(Today.AddDays(14)));
        Assert.True(d.IsOverdue(Today.AddDays(15)));
        Assert.Throws<DomainException>(() => d.AnswerWith("답변", "staff", Now)); // nobody assigned yet
        d.Transfer(DifficultyCategory.Regulation, 9, DifficultyRouting.DeskFor(DifficultyCategory.Regulation), "인허가 문제입니다.", "staff", Now);
        d.Assign("staff2", "staff2", Now);
        d.AnswerWith("영업 신고 절차를 안내합니다.", "staff2", Now);
        Assert.False(d.IsOverdue(Today.AddDays(30)));
        Assert.Equal([DifficultyStatus.Received, DifficultyStatus.Transferred, DifficultyStatus.Assigned, DifficultyStatus.Answered], d.Events.Select(e => e.To));
        Assert.Equal(9, d.AgencyId);
    }
}
