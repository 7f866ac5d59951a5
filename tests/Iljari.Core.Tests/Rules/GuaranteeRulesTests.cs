using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;

namespace Iljari.Core.Tests.Rules;

/// <summary>특례보증 and 이차보전 rules: limits, balances through repayment, default and recovery, quotas and monthly amounts.</summary>
public class GuaranteeRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 1);

    private static GuaranteeScheme Scheme(long limit = 100_000_000, long perFirm = 50_000_000) =>
        GuaranteeScheme.Create(1, "특례보증", 2026, 5, limit, perFirm, Now);

    private static Guarantee Applied(GuaranteeScheme scheme, long amount = 30_000_000) => Guarantee.Apply(scheme, 7, amount, 60, "IBK기업은행", "운영자금", Today);

    [Fact]
    public void An_application_is_checked_against_the_per_firm_limit_term_and_period()
    {
        var scheme = Scheme();
        var e = Assert.Throws<ValidationFailedException>(() => Guarantee.Apply(scheme, 7, 50_000_001, 61, "", null, Today));
        Assert.Equal(["Amount", "TermMonths", "Bank"], e.Errors.Select(x => x.Field));
        Assert.Contains("50,000,000원", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Throws<ValidationFailedException>(() => Guarantee.Apply(scheme, 7, 10_000_000, 60, "은행", null, new DateOnly(2031, 1, 1))); // after the 5 years
        Assert.Equal(60, Guarantee.Apply(scheme, 7, 50_000_000, 60, "은행", null, new DateOnly(2030, 12, 31)).TermMonths);
    }

    [Fact]
    public void Approval_up_to_the_limit_is_allowed_and_one_won_more_is_refused()
    {
        var scheme = Scheme(limit: 100_000_000);
        var exact = Applied(scheme, 30_000_000);
        exact.Approve(scheme, 70_000_000, Today, "u", Now);
        Assert.Equal((GuaranteeStatus.Active, 30_000_000L), (exact.Status, exact.Outstanding));
        var over = Applied(scheme, 30_000_000);
        var e = Assert.Throws<DomainException>(() => over.Approve(scheme, 70_000_001, Today, "u", Now));
        Assert.Contains("29,999,999원", e.Message, StringComparison.Ordinal);
        Assert.Equal(GuaranteeStatus.Applied, over.Status);
        Assert.Equal(1, scheme.LimitVersion); // only the approval that happened touched the token
        Assert.Equal(("u", Now), (exact.DecidedByUserId, exact.DecidedAt));
        Assert.Null(over.DecidedAt);
    }

    [Fact]
    public void A_refusal_keeps_its_reason_and_who_decided_when()
    {
        var g = Applied(Scheme());
        g.Reject("  서류 미비  ", "staff-1", Now.AddHours(2));
        Assert.Equal((GuaranteeStatus.Rejected, "서류 미비", "staff-1", Now.AddHours(2)), (g.Status, g.DecisionReason, g.DecidedByUserId, g.DecidedAt));
        Assert.Throws<DomainException>(() => g.Reject("다시", "staff-2", Now.AddHours(3)));
        Assert.Equal("staff-1", g.DecidedByUserId);
    }

    [Fact]
    public void Repayment_closes_the_guarantee_and_a_default_moves_the_balance_to_recovery()
    {
        var scheme = Scheme();
        var repaid = Applied(scheme);
        repaid.Approve(scheme, 0, Today, "u", Now);
        Assert.Throws<ValidationFailedException>(() => repaid.Repay(30_000_001, Today, "u", Now));
        repaid.Repay(10_000_000, Today, "u", Now);
        repaid.Repay(20_000_000, Today.AddMonths(1), "u", Now);
        Assert.Equal((GuaranteeStatus.Repaid, 0L), (repaid.Status, repaid.Outstanding));

        var defaulted = Applied(scheme);
        defaulted.Approve(scheme, 30_000_000, Today, "u", Now);
        defaulted.Repay(5_000_000, Today, "u", Now);
        defaulted.Default(Today.AddMonths(2), null, "u", Now);
        Assert.Equal((GuaranteeStatus.Defaulted, 0L, 25_000_000L), (defaulted.Status, defaulted.Outstanding, defaulted.Subrogated));
        Assert.Throws<ValidationFailedException>(() => defaulted.Recover(25_000_001, Today.AddMonths(3), "u", Now));
        defaulted.Recover(4_000_000, Today.AddMonths(3), "u", Now);
        Assert.Equal(21_000_000, defaulted.Subrogated);
        // The ledger rows add up to the balances the entity shows.
        Assert.Equal((defaulted.Outstanding, defaulted.Subrogated), (defaulted.Entries.Sum(x => x.Outstanding), defaulted.Entries.Sum(x => x.Subrogated)));
        Assert.Throws<ValidationFailedException>(() => Applied(scheme).Reject(" ", "u", Now));
    }

    [Fact]
    public void A_ledger_date_before_the_approval_is_refused()
    {
        var scheme = Scheme();
        var g = Applied(scheme);
        g.Approve(scheme, 0, Today, "u", Now);
        Assert.Throws<ValidationFailedException>(() => g.Repay(1_000_000, Today.AddDays(-1), "u", Now));
    }

    private static InterestSupportRound Round(InterestSelection selection = InterestSelection.FirstCome, int quota = 2) =>
        InterestSupportRound.Create(1, 2026, "운영자금 이차보전", quota, selection, 200, 50_000_000, 12, Today.AddDays(-10), Today.AddDays(10));

    [Theory]
    [InlineData(30_000_000, 50_000)]  // 30,000,000 × 2% ÷ 12
    [InlineData(50_000_000, 83_330)]  // 83,333.3 cut to 10원
    [InlineData(80_000_000, 83_330)]  // capped at the 50,000,000 loan limit
    public void The_monthly_support_is_the_rate_on_the_capped_loan_cut_to_10_won(long loan, long expected) =>
        Assert.Equal(expected, Round().MonthlyAmount(loan));

    [Fact]
    public void First_come_places_fill_the_quota_and_the_rest_wait()
    {
        var round = Round(quota: 2);
        var first = InterestSupportApplication.Apply(round, 1, 30_000_000, "은행", Today, 1, Today, Now);
        Assert.Equal((InterestApplicationStatus.Selected, Now, null), (first.Status, first.SelectedAt, first.SelectedByUserId)); // the quota count decided, not a person
        var waiting = InterestSupportApplication.Apply(round, 2, 30_000_000, "은행", Today, 2, Today, Now);
        Assert.Equal((InterestApplicationStatus.Waitlisted, (DateTime?)null), (waiting.Status, waiting.SelectedAt));
        var scored = Round(InterestSelection.Scored, quota: 1);
        var a = InterestSupportApplication.Apply(scored, 3, 30_000_000, "은행", Today, 0, Today, Now);
        Assert.Equal(InterestApplicationStatus.Applied, a.Status);
        Assert.Throws<DomainException>(() => a.Select(scored, 80, selectedSoFar: 1, "reviewer", Now));
        Assert.Null(a.SelectedAt);
        a.Select(scored, 80, selectedSoFar: 0, "reviewer", Now.AddHours(3));
        Assert.Equal((InterestApplicationStatus.Selected, 80, "reviewer", Now.AddHours(3)), (a.Status, a.Score!.Value, a.SelectedByUserId, a.SelectedAt));
    }

    [Fact]
    public void Finishing_a_scored_selection_marks_the_waiting_shops_not_selected_once_after_the_window()
    {
        var round = Round(InterestSelection.Scored, quota: 1);
        var picked = InterestSupportApplication.Apply(round, 1, 30_000_000, "은행", Today, 0, Today, Now);
        var left = InterestSupportApplication.Apply(round, 2, 30_000_000, "은행", Today, 0, Today, Now);
        picked.Select(round, 90, 0, "reviewer", Now);
        var e = Assert.Throws<DomainException>(() => round.FinishSelection([picked, left], round.Closes));
        Assert.Contains("끝난 뒤에", e.Message, StringComparison.Ordinal);
        Assert.Equal(InterestApplicationStatus.Applied, left.Status);

        var version = round.QuotaVersion;
        Assert.Equal(1, round.FinishSelection([picked, left], round.Closes.AddDays(1)));
        Assert.Equal((InterestApplicationStatus.Selected, InterestApplicationStatus.Rejected, "미선정"), (picked.Status, left.Status, left.Status.Label()));
        Assert.Equal(version + 1, round.QuotaVersion);
        Assert.Throws<DomainException>(() => round.FinishSelection([picked, left], round.Closes.AddDays(2))); // once
        Assert.Throws<DomainException>(() => left.Select(round, 80, 0, "reviewer", Now));

        var firstCome = Round(InterestSelection.FirstCome, quota: 1);
        var waiting = InterestSupportApplication.Apply(firstCome, 3, 30_000_000, "은행", Today, 1, Today, Now);
        Assert.Throws<DomainException>(() => firstCome.FinishSelection([waiting], firstCome.Closes.AddDays(1)));
        Assert.Equal(InterestApplicationStatus.Waitlisted, waiting.Status);
    }

    [Fact]
    public void A_new_scheme_or_round_names_every_field_it_refuses()
    {
        var scheme = Assert.Throws<ValidationFailedException>(() => GuaranteeScheme.Create(1, " ", 0, 0, 0, 0, Now));
        Assert.Equal(["Title", "FirstYear", "Years", "TotalLimit", "MaxPerFirm"], scheme.Errors.Select(x => x.Field));
        var round = Assert.Throws<ValidationFailedException>(() => InterestSupportRound.Create(1, 0, "", 0, (InterestSelection)9, 0, 0, 0, null, null));
        Assert.Equal(["Title", "Year", "Quota", "Rate", "MaxLoan", "Months", "Opens", "Closes", "Selection"], round.Errors.Select(x => x.Field));
    }

    [Fact]
    public void Support_runs_for_the_rounds_months_from_the_loan_month()
    {
        var round = Round();
        var months = InterestSupportApplication.Apply(round, 1, 30_000_000, "은행", new DateOnly(2026, 10, 15), 0, Today, Now).SupportedMonths(round).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 1)), (months[0], months[^1]));
    }
}
