using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Sharing;

namespace Iljari.Core.Tests.Rules;

/// <summary>Consent periods and withdrawal, what a consent covers, referral preconditions, case closure and notice matching.</summary>
public class SharingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);

    private static SharingConsent Consent(DateOnly from, DateOnly until, SharedItems items = SharedItems.Profile, params int[] agencies) =>
        SharingConsent.Give(7, "취업 지원 연계", agencies.Length == 0 ? [3] : agencies, items, from, until, ConsentMethod.App, null, "u", Today, Now);

    [Fact]
    public void A_consent_is_live_from_its_first_to_its_last_day_inclusive()
    {
        var c = Consent(Today, Today.AddDays(30));
        Assert.False(c.IsLive(Today.AddDays(-1)));
        Assert.True(c.IsLive(Today));
        Assert.True(c.IsLive(Today.AddDays(30)));
        Assert.False(c.IsLive(Today.AddDays(31)));
    }

    [Fact]
    public void A_consent_covers_only_its_agencies_and_items_and_nothing_after_withdrawal()
    {
        var c = Consent(Today, Today.AddDays(30), SharedItems.Profile | SharedItems.Applications, 3, 5);
        Assert.True(c.Covers(3, SharedItems.Profile, Today));
        Assert.True(c.Covers(5, SharedItems.Applications, Today));
        Assert.False(c.Covers(4, SharedItems.Profile, Today));
        Assert.False(c.Covers(3, SharedItems.Resume, Today));
        Assert.False(c.Covers(3, SharedItems.CaseSummary, Today));
        c.Withdraw("u", Now);
        Assert.False(c.Covers(3, SharedItems.Profile, Today));
        Assert.Throws<DomainException>(() => c.Withdraw("u", Now));
    }

    [Fact]
    public void A_consent_needs_purpose_agencies_items_a_sane_period_and_for_paper_the_form()
    {
        var e = Assert.Throws<ValidationFailedException>(() =>
            SharingConsent.Give(7, " ", [], SharedItems.None, Today.AddDays(-1), Today.AddDays(-2), ConsentMethod.Paper, null, "u", Today, Now));
        Assert.Equal(["Purpose", "AgencyIds", "Items", "ValidFrom", "ValidUntil", "PaperForm"], e.Errors.Select(x => x.Field));
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => Consent(Today, Today.AddDays(SharingConsent.MaxDays + 1))).Errors,
            x => x.Message == "동의 기간은 최대 1년입니다.");
        Assert.True(Consent(Today, Today.AddDays(SharingConsent.MaxDays)).IsLive(Today));
    }

    [Fact]
    public void A_referral_to_another_agency_needs_a_live_consent_naming_it()
    {
        var consent = Consent(Today, Today.AddDays(10), SharedItems.Profile, 3);
        Assert.Equal(AgencyReferralStatus.Requested, AgencyReferral.Send(7, 1, "c", 3, consent, "직업훈련 연계", Today, Now).Status);
        Assert.Throws<DomainException>(() => AgencyReferral.Send(7, 1, "c", 4, consent, "다른 기관", Today, Now));
        Assert.Throws<DomainException>(() => AgencyReferral.Send(7, 1, "c", 3, null, "동의 없음", Today, Now));
        Assert.Throws<DomainException>(() => AgencyReferral.Send(7, 1, "c", 3, consent, "만료 후", Today.AddDays(11), Now));
        Assert.Throws<DomainException>(() => AgencyReferral.Send(7, 3, "c", 3, consent, "같은 기관", Today, Now));
        // The note becomes the receiving case's request note, so it has that note's limit.
        Assert.Throws<ValidationFailedException>(() => AgencyReferral.Send(7, 1, "c", 3, consent, new string('가', 501), Today, Now));
        consent.Withdraw("u", Now);
        Assert.Throws<DomainException>(() => AgencyReferral.Send(7, 1, "c", 3, consent, "철회 후", Today, Now));
    }

    [Fact]
    public void A_referral_is_answered_once_declining_needs_a_reason_and_only_an_accepted_one_completes()
    {
        var consent = Consent(Today, Today.AddDays(10), SharedItems.Profile, 3);
        var declined = AgencyReferral.Send(7, 1, "c", 3, consent, "연계", Today, Now);
        Assert.Throws<DomainException>(() => declined.Respond(false, " ", "r", Now));
        declined.Respond(false, "대상 연령이 아님", "r", Now);
        Assert.Throws<DomainException>(() => declined.Respond(true, null, "r", Now));
        Assert.Throws<DomainException>(() => declined.Complete("결과", "r", Now));

        var accepted = AgencyReferral.Send(7, 1, "c", 3, consent, "연계", Today, Now);
        accepted.Respond(true, null, "r", Now);
        accepted.Complete("직업훈련 수료 후 취업", "r", Now);
        Assert.Equal((AgencyReferralStatus.Completed, "직업훈련 수료 후 취업"), (accepted.Status, accepted.Outcome));
    }

    [Fact]
    public void A_closed_case_takes_no_notes_steps_or_appointments_and_other_needs_a_note()
    {
        var c = CaseAssignment.Requested(7, 1, CaseOrigin.SeekerRequest, null, Now);
        c.AssignTo("c", Now);
        Assert.Throws<DomainException>(() => c.Close(CaseClosureReason.Other, null, Now));
        c.Close(CaseClosureReason.Employed, null, Now);
        Assert.Throws<DomainException>(() => c.Close(CaseClosureReason.Employed, null, Now));
        Assert.Throws<DomainException>(() => CaseNote.Write(c, "c", CaseNoteKind.Counseling, "내용", null, Now));
        Assert.Throws<DomainException>(() => ActionPlanStep.Add(c, "목표", "단계", null, Today, Now));
        Assert.Throws<DomainException>(() => Appointment.Schedule(c, "c", Now.AddDays(1), "상담", null, Now));
        Assert.Throws<DomainException>(() => c.AssignTo("d", Now));
    }

    [Fact]
    public void Plan_steps_and_appointments_refuse_past_dates_and_empty_text()
    {
        var c = CaseAssignment.Requested(7, 1, CaseOrigin.Staff, null, Now);
        var step = Assert.Throws<ValidationFailedException>(() => ActionPlanStep.Add(c, "", "", Today.AddDays(-1), Today, Now));
        Assert.Equal(["Goal", "Title", "DueDate"], step.Errors.Select(e => e.Field));
        var due = ActionPlanStep.Add(c, "사무직 취업", "컴활 2급", Today, Today, Now);
        Assert.False(due.IsOverdue(Today));
        Assert.True(due.IsOverdue(Today.AddDays(1)));
        due.Complete(Now);
        Assert.False(due.IsOverdue(Today.AddDays(1)));
        var appt = Assert.Throws<ValidationFailedException>(() => Appointment.Schedule(c, "c", Now, " ", null, Now));
        Assert.Equal(["At", "Purpose"], appt.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(new string[0], new string[0], true)]      // subscribed to everything
    [InlineData(new[] { "youth" }, new string[0], true)]  // the notice is for youth
    [InlineData(new[] { "senior" }, new string[0], false)]
    [InlineData(new string[0], new[] { "4128700000" }, false)] // 일산서구 only, notice is 덕양구
    [InlineData(new[] { "youth", "senior" }, new[] { "4128100000" }, true)]
    public void A_notice_reaches_subscribers_whose_groups_and_districts_overlap(string[] groups, string[] districts, bool expected)
    {
        var notice = Notice.Publish(1, "u", NoticeKind.HiringEvent, "청년 채용박람회", "내용", ["youth"], ["4128100000"],
            new HashSet<string> { "4128100000", "4128500000", "4128700000" }, Now);
        var subscription = new NoticeSubscription { Groups = [.. groups], Districts = [.. districts] };
        Assert.Equal(expected, notice.Matches(subscription));
        Assert.False(notice.Matches(new NoticeSubscription { Kinds = [NoticeKind.Policy] }));
    }
}
