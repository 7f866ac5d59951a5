using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Events;

public enum InterviewOutcome { None, Pass, Hold, Fail }

/// <summary>
/// One interview in an event's timetable: a seeker at a booth from a start to an end (UTC). Staff may lock it so a
/// re-run keeps it. On the day the employer records the outcome (합격/보류/불합격) and the next step.
/// </summary>
public class EventInterview
{
    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int BoothId { get; private set; }
    public int RegistrationId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public DateTime StartAt { get; private set; }
    public DateTime EndAt { get; private set; }
    public bool Locked { get; private set; }
    public InterviewOutcome Outcome { get; private set; }
    public string? NextStep { get; private set; }
    public DateTime? OutcomeAt { get; private set; }
    public int? JobApplicationId { get; private set; }

    private EventInterview() { }

    public EventInterview(int eventId, int boothId, int registrationId, int seekerProfileId, DateTime startAt, DateTime endAt) =>
        (EventId, BoothId, RegistrationId, SeekerProfileId, StartAt, EndAt) = (eventId, boothId, registrationId, seekerProfileId, startAt, endAt);

    public void SetLocked(bool locked) => Locked = locked;

    /// <summary>Moves an interview that has not taken place (a re-run fits a lock to the booth's current slot).</summary>
    public void Reschedule(DateTime startAt, DateTime endAt)
    {
        if (Outcome != InterviewOutcome.None) throw new DomainException("결과를 기록한 면접은 옮길 수 없습니다.");
        (StartAt, EndAt) = (startAt, endAt);
    }

    public void Record(InterviewOutcome outcome, string? nextStep, int? applicationId, DateTime nowUtc)
    {
        if (outcome == InterviewOutcome.None) throw new DomainException("면접 결과를 골라 주세요.");
        if (nextStep?.Trim().Length > 300) throw new DomainException("다음 단계는 300자 이내로 입력해 주세요.");
        (Outcome, NextStep, OutcomeAt) = (outcome, string.IsNullOrWhiteSpace(nextStep) ? null : nextStep.Trim(), nowUtc);
        JobApplicationId ??= applicationId;
    }
}

public static class InterviewLabels
{
    public static string Label(this InterviewOutcome o) => o switch
    {
        InterviewOutcome.Pass => "합격",
        InterviewOutcome.Hold => "보류",
        InterviewOutcome.Fail => "불합격",
        _ => "미정",
    };
}
