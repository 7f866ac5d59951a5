using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Programs;

/// <summary>취업 · 미취업 · 진학·훈련: what a completer is doing at a follow-up.</summary>
public enum FollowUpOutcome { Employed, NotEmployed, EducationOrTraining }

/// <summary>
/// 사후관리: a counselor's record of what a completer (수료생) is doing 3, 6 or 12 months after completion; one per
/// application and milestone, corrected in place.
/// </summary>
public class ProgramFollowUp
{
    public int Id { get; private set; }
    public int ProgramApplicationId { get; private set; }
    public int Months { get; private set; }
    public FollowUpOutcome Outcome { get; private set; }
    public string Note { get; private set; } = "";
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private ProgramFollowUp() { }

    /// <summary>Only at a milestone, and not before it is due: a "6 months" answer given at 2 months would not be one.</summary>
    public static ProgramFollowUp Record(int applicationId, int months, DateOnly dueOn, FollowUpOutcome outcome, string? note, string userId, DateOnly todayKst, DateTime nowUtc)
    {
        if (!FollowUps.Milestones.Contains(months)) throw new ValidationFailedException([new("Months", "사후관리 시기는 3개월·6개월·12개월 중에서 골라 주세요.")]);
        if (todayKst < dueOn) throw new ValidationFailedException([new("Months", $"{months}개월 사후관리는 {KoreanFormat.Date(dueOn)}부터 기록할 수 있습니다.")]);
        var followUp = new ProgramFollowUp { ProgramApplicationId = applicationId, Months = months };
        followUp.Change(outcome, note, userId, nowUtc);
        return followUp;
    }

    public void Change(FollowUpOutcome outcome, string? note, string userId, DateTime nowUtc)
    {
        var text = note?.Trim() ?? "";
        if (!Enum.IsDefined(outcome)) throw new ValidationFailedException([new("Outcome", "상태를 골라 주세요.")]);
        if (text.Length > 500) throw new ValidationFailedException([new("Note", "메모는 500자 이내로 입력해 주세요.")]);
        (Outcome, Note, RecordedByUserId, RecordedAt) = (outcome, text, userId, nowUtc);
    }
}

/// <summary>
/// That the agency's staff were told a program's follow-up at <see cref="Months"/> became due with entries missing:
/// one row per program and milestone (unique), so the daily reminder never repeats itself.
/// </summary>
public class ProgramFollowUpReminder
{
    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public int Months { get; private set; }
    public int Missing { get; private set; }
    public DateTime SentAt { get; private set; }

    private ProgramFollowUpReminder() { }

    public ProgramFollowUpReminder(int programId, int months, int missing, DateTime sentAt) =>
        (ProgramId, Months, Missing, SentAt) = (programId, months, missing, sentAt);
}
