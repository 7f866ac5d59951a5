using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;

namespace Iljari.Core.Tests.Rules;

/// <summary>The 5-stage pipeline's table and rule, the register's validation, and 일자리 창출 from dated headcounts.</summary>
public class SocialEconomyRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private const string Deokyang = "4128100000";

    private static SocialEnterpriseFields Fields(SocialEnterpriseType type = SocialEnterpriseType.PreSocial) => new()
    {
        Type = type, Name = "행주 두부 협동조합", Representative = "김두부", GuCode = Deokyang, Address = "고양시 덕양구 행주내동 1",
        DesignatedOn = new DateOnly(2025, 3, 1), CertifiedOn = type == SocialEnterpriseType.Social ? new DateOnly(2026, 3, 1) : null,
        SocialMission = "고령자 일자리", Employees = 5, VulnerableEmployees = 2,
    };

    private static SocialEnterprise Registered() => SocialEnterprise.Register(1, Fields(), Today.AddYears(-1), "u1", "윤가람", Now);

    private static EnterpriseActivity Done(SupportStage stage)
    {
        var a = EnterpriseActivity.Plan(0, new EnterpriseActivityFields { Stage = stage, Title = "과정", Date = Today.AddDays(-1) }, "u1", Now);
        a.Complete("수료", Today, "u1", Now);
        return a;
    }

    [Fact]
    public void The_table_allows_one_step_forward_or_back_and_nothing_else()
    {
        Assert.Equal(SupportStage.Consulting, SupportPipeline.Transitions[(SupportStage.Education, StageMove.Advance)]);
        Assert.Equal(SupportStage.Networking, SupportPipeline.Transitions[(SupportStage.Marketing, StageMove.Advance)]);
        Assert.Equal(SupportStage.Commercialisation, SupportPipeline.Transitions[(SupportStage.Marketing, StageMove.StepBack)]);
        Assert.False(SupportPipeline.Transitions.ContainsKey((SupportStage.Networking, StageMove.Advance)));
        Assert.False(SupportPipeline.Transitions.ContainsKey((SupportStage.Education, StageMove.StepBack)));
        // 5 stages: 4 forward moves and 4 backward moves, no skipping.
        Assert.Equal(8, SupportPipeline.Transitions.Count);
        Assert.All(SupportPipeline.Transitions, t => Assert.Equal(1, Math.Abs((int)t.Value - (int)t.Key.From)));
    }

    [Fact]
    public void Advancing_needs_a_completed_activity_of_the_current_stage()
    {
        (SupportStage, ActivityStatus)[] planned = [(SupportStage.Education, ActivityStatus.Planned)];
        (SupportStage, ActivityStatus)[] otherStage = [(SupportStage.Consulting, ActivityStatus.Completed)];
        (SupportStage, ActivityStatus)[] done = [(SupportStage.Education, ActivityStatus.Planned), (SupportStage.Education, ActivityStatus.Completed)];
        Assert.False(SupportPipeline.CanAdvance(SupportStage.Education, []));
        Assert.False(SupportPipeline.CanAdvance(SupportStage.Education, planned));
        Assert.False(SupportPipeline.CanAdvance(SupportStage.Education, otherStage));
        Assert.True(SupportPipeline.CanAdvance(SupportStage.Education, done));
        Assert.False(SupportPipeline.CanAdvance(SupportStage.Networking, [(SupportStage.Networking, ActivityStatus.Completed)]));
        Assert.Contains("교육 단계의 활동을 하나 이상 완료", SupportPipeline.Refusal(SupportStage.Education, StageMove.Advance, planned, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Stepping_back_needs_a_reason_but_no_activity()
    {
        Assert.Equal("이전 단계로 돌리는 사유를 입력해 주세요.", SupportPipeline.Refusal(SupportStage.Consulting, StageMove.StepBack, [], "  "));
        Assert.Null(SupportPipeline.Refusal(SupportStage.Consulting, StageMove.StepBack, [], "교육 재이수 필요"));
        Assert.NotNull(SupportPipeline.Refusal(SupportStage.Education, StageMove.StepBack, [], "사유"));
    }

    [Fact]
    public void A_move_is_logged_with_user_time_from_to_and_note()
    {
        var e = Registered();
        var registration = Assert.Single(e.StageChanges);
        Assert.Equal((null, SupportStage.Education), (registration.From, registration.To));

        var refused = Assert.Throws<DomainException>(() => e.Move(StageMove.Advance, [], null, "u2", "박직원", Now));
        Assert.Contains("완료해야", refused.Message, StringComparison.Ordinal);
        Assert.Equal(SupportStage.Education, e.Stage);

        var change = e.Move(StageMove.Advance, [Done(SupportStage.Education)], "아카데미 수료", "u2", "박직원", Now.AddHours(1));
        Assert.Equal((SupportStage.Education, SupportStage.Consulting, "아카데미 수료", "u2", "박직원", Now.AddHours(1)),
            (change.From!.Value, change.To, change.Note, change.ByUserId, change.ByUserName, change.At));
        Assert.Equal((SupportStage.Consulting, "u2", 1L), (e.Stage, e.UpdatedByUserId, e.Version));

        Assert.Throws<DomainException>(() => e.Move(StageMove.StepBack, [], "", "u2", "박직원", Now));
        var back = e.Move(StageMove.StepBack, [], "교육 재이수", "u2", "박직원", Now.AddHours(2));
        Assert.True(back.IsStepBack);
        Assert.Equal(SupportStage.Education, e.Stage);
        Assert.Equal(3, e.StageChanges.Count);
    }

    [Fact]
    public void Registration_checks_every_field_and_the_certification_dates()
    {
        var empty = Assert.Throws<ValidationFailedException>(() => SocialEnterprise.Register(1, new SocialEnterpriseFields { GuCode = "4128110100" }, Today, "u", "n", Now));
        Assert.Equal(["Name", "Representative", "Address", "SocialMission", "GuCode", "DesignatedOn", "Employees", "VulnerableEmployees"], empty.Errors.Select(x => x.Field));

        var f = Fields();
        (f.BusinessNumber, f.VulnerableEmployees) = ("220-81-62518", 9);
        var bad = Assert.Throws<ValidationFailedException>(() => SocialEnterprise.Register(1, f, Today, "u", "n", Now));
        Assert.Contains(bad.Errors, x => x is { Field: "BusinessNumber", Message: "유효하지 않은 사업자등록번호입니다. 번호를 다시 확인해 주세요." });
        Assert.Contains(bad.Errors, x => x is { Field: "VulnerableEmployees", Message: "취약계층 직원 수는 전체 직원 수보다 많을 수 없습니다." });

        var certified = Fields(SocialEnterpriseType.Social);
        certified.CertifiedOn = null;
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => SocialEnterprise.Check(certified)).Errors, x => x.Field == "CertifiedOn");
        certified.CertifiedOn = new DateOnly(2024, 1, 1); // before 예비 지정
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => SocialEnterprise.Check(certified)).Errors, x => x.Message == "인증일은 지정·설립일 이후여야 합니다.");
        var pre = Fields();
        pre.CertifiedOn = new DateOnly(2026, 1, 1);
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => SocialEnterprise.Check(pre)).Errors, x => x.Field == "CertifiedOn");

        var ok = Fields();
        ok.BusinessNumber = "124-81-00998";
        var e = SocialEnterprise.Register(1, ok, Today, "u", "n", Now);
        Assert.Equal(("1248100998", 5, 2, SupportStage.Education), (e.BusinessNumber, e.BaselineEmployees, e.BaselineVulnerable, e.Stage));
    }

    [Fact]
    public void Headcount_updates_move_the_current_count_and_jobs_created_is_now_minus_registration()
    {
        var e = Registered(); // 5 employees, 2 vulnerable a year ago
        e.RecordHeadcount(Today.AddMonths(-1), 9, 5, null, Today, "u", Now);
        e.RecordHeadcount(Today.AddMonths(-6), 7, 3, null, Today, "u", Now); // an older report entered late does not win
        Assert.Equal((9, 5, 4, 3), (e.Employees, e.VulnerableEmployees, e.JobsCreated, e.VulnerableJobsCreated));

        Assert.Contains(Assert.Throws<ValidationFailedException>(() => e.RecordHeadcount(Today.AddDays(1), 3, 1, null, Today, "u", Now)).Errors, x => x.Field == "AsOf");
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => e.RecordHeadcount(Today.AddMonths(-1), 3, 1, null, Today, "u", Now)).Errors, x => x.Message == "같은 기준일의 고용 현황이 이미 있습니다.");
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => e.RecordHeadcount(Today.AddYears(-2), 3, 1, null, Today, "u", Now)).Errors, x => x.Field == "AsOf");
        Assert.Contains(Assert.Throws<ValidationFailedException>(() => e.RecordHeadcount(Today, 3, 4, null, Today, "u", Now)).Errors, x => x.Field == "Vulnerable");
    }

    [Fact]
    public void Jobs_created_in_a_period_count_from_the_start_or_from_registration()
    {
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        HeadcountPoint[] points =
        [
            // Registered before the period: 4 at the start (the record of 2025-06), 10 at the end → 6 (3 vulnerable).
            new(1, new DateOnly(2025, 1, 1), 2, 0), new(1, new DateOnly(2025, 6, 1), 4, 1), new(1, new DateOnly(2026, 5, 1), 10, 4),
            // Registered in the period with 8: its 8 are not created; grew to 9 → 1.
            new(2, new DateOnly(2026, 3, 1), 8, 2), new(2, new DateOnly(2026, 9, 1), 9, 2),
            // Shrank in the period: net −2.
            new(3, new DateOnly(2025, 3, 1), 6, 3), new(3, new DateOnly(2026, 4, 1), 4, 3),
            // Registered after the period: nothing.
            new(4, new DateOnly(2027, 1, 5), 20, 5),
            // A record after the period end is ignored.
            new(5, new DateOnly(2025, 1, 1), 3, 1), new(5, new DateOnly(2027, 2, 1), 30, 10),
        ];
        Assert.Equal(new JobCount(6 + 1 - 2, 3 + 0 + 0), JobsCreated.Between(points, from, to));
        Assert.Equal(new JobCount(0, 0), JobsCreated.Between([], from, to));
        // Since registration, for each enterprise alone: newest minus first.
        Assert.Equal(new JobCount(8, 4), JobsCreated.Between(points.Where(p => p.EnterpriseId == 1), DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public void Activities_complete_with_an_outcome_not_before_their_day_and_completed_ones_stay()
    {
        var future = EnterpriseActivity.Plan(1, new EnterpriseActivityFields { Stage = SupportStage.Marketing, Title = "고양 사회적경제 박람회", Date = Today.AddDays(3) }, "u", Now);
        Assert.Contains("이후에 완료", Assert.Throws<ValidationFailedException>(() => future.Complete("참가", Today, "u", Now)).Message, StringComparison.Ordinal);
        future.EnsureDeletable();

        var consulting = EnterpriseActivity.Plan(1, new EnterpriseActivityFields
        {
            Stage = SupportStage.Consulting, Title = "회계 컨설팅", Date = Today, ConsultantName = "이세무", ReportSummary = "원가 계산 정비",
        }, "u", Now);
        Assert.Equal("활동 결과를 입력해 주세요.", Assert.Throws<ValidationFailedException>(() => consulting.Complete(" ", Today, "u", Now)).Errors.Single().Message);
        consulting.Complete("월별 결산 체계 마련", Today, "u", Now);
        Assert.Equal((ActivityStatus.Completed, "이세무"), (consulting.Status, consulting.ConsultantName));
        Assert.Throws<DomainException>(consulting.EnsureDeletable);
        Assert.Throws<DomainException>(() => consulting.Complete("또", Today, "u", Now));
        Assert.Throws<DomainException>(() => future.AttachReport("a.pdf", "보고서.pdf", "u", Now));

        // Consultant fields belong to 컨설팅 only.
        var education = EnterpriseActivity.Plan(1, new EnterpriseActivityFields { Stage = SupportStage.Education, Title = "아카데미", Date = Today, ConsultantName = "무시됨" }, "u", Now);
        Assert.Equal("", education.ConsultantName);
    }

    [Fact]
    public void Revenue_band_needs_a_year_not_in_the_future_and_a_band()
    {
        var errors = Assert.Throws<ValidationFailedException>(() => EnterpriseRevenue.Record(1, 2027, null, 2026, "u", Now)).Errors;
        Assert.Equal(["Year", "Band"], errors.Select(e => e.Field));
        Assert.Equal(RevenueBand.From100MTo500M, EnterpriseRevenue.Record(1, 2025, RevenueBand.From100MTo500M, 2026, "u", Now).Band);
        Assert.Equal("1억~5억 원", RevenueBand.From100MTo500M.Label());
    }
}
