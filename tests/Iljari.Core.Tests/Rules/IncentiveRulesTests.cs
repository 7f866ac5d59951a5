using Iljari.Core.Domain.Applications;
using System.Reflection;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;

namespace Iljari.Core.Tests.Rules;

/// <summary>취업성공장려금: who is eligible, the claim's states, and a ledger whose transactions always balance.</summary>
public class IncentiveRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly EmploymentSpell FullTime = new(new DateOnly(2026, 3, 1), null, 40, true);

    private static IncentiveFacts Facts(EmploymentSpell? job = null, bool goyang = true, DateOnly? registered = null, params string[] groups) =>
        new(groups.Length == 0 ? ["lowincome"] : groups, goyang, registered ?? new DateOnly(2026, 2, 1), job ?? FullTime);

    [Fact]
    public void A_registered_low_income_resident_in_an_insured_full_time_job_is_eligible() =>
        Assert.True(IncentiveEligibility.Check(new IncentiveRules(), Facts()).Eligible);

    [Fact]
    public void Every_unmet_condition_is_named_in_Korean()
    {
        var verdict = IncentiveEligibility.Check(new IncentiveRules(),
            Facts(FullTime with { HoursPerWeek = 20, Insured = false }, goyang: false, registered: new DateOnly(2026, 3, 1), "veteran"));
        Assert.False(verdict.Eligible);
        Assert.Equal(5, verdict.Unmet.Count);
        Assert.Contains(verdict.Unmet, u => u.Contains("주 30시간 이상", StringComparison.Ordinal) && u.Contains("주 20시간", StringComparison.Ordinal));
        Assert.Contains("취업 전에 일자리센터 상담에 등록되어 있어야 합니다.", verdict.Unmet);
    }

    [Fact]
    public void Registration_on_the_first_day_of_the_job_is_too_late()
    {
        Assert.False(IncentiveEligibility.Check(new IncentiveRules(), Facts(registered: FullTime.Start)).Eligible);
        Assert.True(IncentiveEligibility.Check(new IncentiveRules(), Facts(registered: FullTime.Start.AddDays(-1))).Eligible);
        Assert.True(IncentiveEligibility.Check(new IncentiveRules { RegisteredBeforePlacement = false }, Facts(registered: FullTime.Start)).Eligible);
    }

    [Fact]
    public void Scheme_rules_are_validated_and_each_change_is_a_new_version()
    {
        var bad = Assert.Throws<ValidationFailedException>(() => IncentiveScheme.Create(2026, "", new IncentiveRules { Milestones = [new(6, 500_000), new(6, 1)] }, Now));
        Assert.Contains(bad.Errors, e => e.Field == "Title");
        Assert.Contains(bad.Errors, e => e.Message == "같은 개월 수의 지급 시점이 두 개 있습니다.");

        var scheme = IncentiveScheme.Create(2026, "2026년 취업성공장려금", new IncentiveRules(), Now);
        scheme.ChangeRules(new IncentiveRules { MaxGapDays = 14, Milestones = [new(3, 300_000)] }, Now.AddDays(1));
        Assert.Equal(2, scheme.Rules.Version);
        Assert.Equal(14, scheme.Rules.MaxGapDays);
        Assert.Equal(500_000, scheme.RuleVersions[0].Milestones[0].Amount);
    }

    private static (IncentiveScheme Scheme, IncentiveClaim Claim) Claimed(long amount = 500_000)
    {
        var scheme = IncentiveScheme.Create(2026, "장려금", new IncentiveRules(), Now);
        var claim = IncentiveClaim.File(scheme, 1, 1, 1, new IncentiveMilestone(6, amount), new DateOnly(2026, 9, 1), "국민은행", "123-456-7890", "홍길동", "u", Now);
        typeof(IncentiveClaim).GetProperty(nameof(IncentiveClaim.Id))!.SetValue(claim, 7);
        return (scheme, claim);
    }

    [Fact]
    public void A_claim_needs_evidence_before_approval_and_a_reason_for_refusal()
    {
        var (_, claim) = Claimed();
        Assert.Throws<DomainException>(() => claim.Approve("c", null, Now));
        Assert.Throws<ValidationFailedException>(() => claim.Reject("c", " ", Now));
        claim.RequestSupplement("c", "재직증명서를 올려 주세요.", Now);
        Assert.Equal(ClaimStatus.SupplementRequested, claim.Status);
        claim.AddEvidence(ClaimEvidence.Of(EvidenceKind.EmploymentCertificate, "a.pdf", "재직증명서.pdf", Now));
        claim.Resubmit(Now);
        claim.Approve("c", null, Now);
        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Throws<DomainException>(() => claim.Reject("c", "늦게 반려", Now));
        Assert.Throws<DomainException>(() => claim.MarkPaid(Now)); // not in a batch yet
        claim.PutInBatch(3);
        claim.MarkPaid(Now);
        Assert.Throws<DomainException>(() => claim.MarkPaid(Now));
    }

    [Fact]
    public void Bank_details_are_checked_and_the_account_is_masked_in_lists()
    {
        var scheme = IncentiveScheme.Create(2026, "장려금", new IncentiveRules(), Now);
        var e = Assert.Throws<ValidationFailedException>(() =>
            IncentiveClaim.File(scheme, 1, 1, 1, new(6, 1), new DateOnly(2026, 9, 1), "", "12-34", "", "u", Now));
        Assert.Equal(["BankName", "AccountNumber", "AccountHolder"], e.Errors.Select(x => x.Field));
        Assert.Equal("********7890", Claimed().Claim.MaskedAccount);
    }

    [Fact]
    public void Every_ledger_transaction_balances_and_balances_follow_the_money()
    {
        var (scheme, claim) = Claimed();
        var txs = new List<LedgerTransaction> { LedgerTransaction.Allocate(scheme, 2_000_000, 0, null, "city", Now) };
        txs.Add(LedgerTransaction.Commit(scheme, claim, Balances(txs).Available, "c", Now));
        var afterCommit = Balances(txs);
        Assert.Equal((2_000_000, 1_500_000, 500_000, 0L), (afterCommit.Allocated, afterCommit.Available, afterCommit.Committed, afterCommit.Paid));
        var payment = LedgerTransaction.Pay(scheme, claim, 3, "city", Now);
        SetId(payment, 11);
        txs.Add(payment);
        txs.Add(LedgerTransaction.Reverse(scheme, payment, "부정수급 환수", "city", Now));
        Assert.All(txs, t => Assert.Equal(0, t.Entries.Sum(e => e.Amount)));
        var end = Balances(txs);
        Assert.Equal((2_000_000, 2_000_000, 0L, 0L), (end.Allocated, end.Available, end.Committed, end.Paid));
        Assert.Equal(4, scheme.LedgerVersion); // each transaction bumps the scheme's concurrency token
    }

    [Fact]
    public void The_budget_can_never_go_below_zero()
    {
        var (scheme, claim) = Claimed(500_000);
        var e = Assert.Throws<DomainException>(() => LedgerTransaction.Commit(scheme, claim, 499_999, "c", Now));
        Assert.Contains("499,999원", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => LedgerTransaction.Allocate(scheme, -300_000, 200_000, "감액", "city", Now));
        Assert.Equal(-200_000, LedgerTransaction.Allocate(scheme, -200_000, 200_000, "감액", "city", Now).Entries.Single(x => x.Account == LedgerAccount.Budget).Amount);
    }

    private static LedgerBalances Balances(IEnumerable<LedgerTransaction> txs) =>
        LedgerBalances.From(txs.SelectMany(t => t.Entries).Select(e => (e.Account, e.Amount)));

    private static void SetId(LedgerTransaction tx, int id) =>
        typeof(LedgerTransaction).GetProperty(nameof(LedgerTransaction.Id), BindingFlags.Public | BindingFlags.Instance)!.SetValue(tx, id);
}
