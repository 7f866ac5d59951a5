using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Tests.Rules;

public class ApplicationWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);

    // How to reach each status from 접수 (a reason is given where one is required).
    private static readonly Dictionary<ApplicationStatus, ApplicationAction[]> PathTo = new()
    {
        [ApplicationStatus.Received] = [],
        [ApplicationStatus.Reviewing] = [ApplicationAction.Review],
        [ApplicationStatus.Interview] = [ApplicationAction.Interview],
        [ApplicationStatus.OnHold] = [ApplicationAction.Hold],
        [ApplicationStatus.Hired] = [ApplicationAction.Interview, ApplicationAction.Hire],
        [ApplicationStatus.Rejected] = [ApplicationAction.Reject],
        [ApplicationStatus.Cancelled] = [ApplicationAction.Cancel],
        [ApplicationStatus.Expired] = [ApplicationAction.Expire],
    };

    private static JobApplication In(ApplicationStatus status)
    {
        var a = JobApplication.Submit(1, 2, 3, ApplicationSource.Seeker, "seeker", "지원합니다", Now);
        foreach (var action in PathTo[status]) a.Apply(action, "employer", "직무 경험 부족", Now);
        Assert.Equal(status, a.Status);
        return a;
    }

    public static TheoryData<ApplicationStatus, ApplicationAction> EveryPair()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationAction>();
        foreach (var s in Enum.GetValues<ApplicationStatus>())
            foreach (var a in Enum.GetValues<ApplicationAction>()) data.Add(s, a);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_status_and_action_follows_the_table(ApplicationStatus from, ApplicationAction action)
    {
        var application = In(from);
        var before = application.Events.Count;

        if (JobApplication.Transitions.TryGetValue((from, action), out var expected))
        {
            application.Apply(action, "employer", "사유", Now.AddDays(1));
            Assert.Equal(expected, application.Status);
            Assert.Equal(before + 1, application.Events.Count);
            Assert.Equal((from, expected), (application.Events[^1].From, application.Events[^1].To));
        }
        else
        {
            var e = Assert.Throws<DomainException>(() => application.Apply(action, "employer", "사유", Now.AddDays(1)));
            Assert.Contains($"'{from.Label()}' 상태의 지원은", e.Message, StringComparison.Ordinal);
            Assert.Equal(from, application.Status);
            Assert.Equal(before, application.Events.Count);
        }
    }

    [Fact]
    public void The_workflow_of_the_issue_is_in_the_table()
    {
        var a = In(ApplicationStatus.Received);
        a.Apply(ApplicationAction.Review, "employer", null, Now);
        a.Apply(ApplicationAction.Interview, "employer", null, Now, interviewAt: Now.AddDays(3));
        a.Apply(ApplicationAction.Hire, "employer", null, Now.AddDays(4));

        Assert.Equal(ApplicationStatus.Hired, a.Status);
        Assert.Equal(Now.AddDays(3), a.InterviewAt);
        Assert.Equal(["직접 지원", "검토 시작", "면접 진행", "채용"], a.Events.Select(e => e.Reason));
        Assert.False(ApplicationStatus.Hired.IsLive());
        Assert.Empty(a.AvailableActions);
    }

    [Fact]
    public void Refusing_needs_a_reason()
    {
        var a = In(ApplicationStatus.Interview);

        Assert.Throws<DomainException>(() => a.Apply(ApplicationAction.Reject, "employer", " ", Now));
        Assert.Equal(ApplicationStatus.Interview, a.Status);
    }

    [Fact]
    public void A_too_long_message_is_refused_in_korean()
    {
        var e = Assert.Throws<ValidationFailedException>(() =>
            JobApplication.Submit(1, 2, 3, ApplicationSource.Seeker, "seeker", new string('가', 1001), Now));

        Assert.Equal("메시지는 1,000자 이내로 입력해 주세요.", e.Errors.Single().Message);
    }
}
