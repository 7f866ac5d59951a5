using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Counseling;

/// <summary>개인별 취업활동계획 (IAP): one step towards a goal, with a due date. The seeker sees the plan.</summary>
public class ActionPlanStep
{
    public int Id { get; private set; }
    public int CaseAssignmentId { get; private set; }
    public int SeekerProfileId { get; private set; }
    /// <summary>The goal this step serves, e.g. "3개월 안에 사무직 취업".</summary>
    public string Goal { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateOnly? DueDate { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private ActionPlanStep() { }

    public static ActionPlanStep Add(CaseAssignment c, string? goal, string? title, DateOnly? due, DateOnly todayKst, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var g = goal?.Trim() ?? "";
        var t = title?.Trim() ?? "";
        if (g.Length == 0) errors.Add(new FieldError("Goal", "목표를 입력해 주세요."));
        else if (g.Length > 100) errors.Add(new FieldError("Goal", "목표는 100자 이내로 입력해 주세요."));
        if (t.Length == 0) errors.Add(new FieldError("Title", "실행 단계를 입력해 주세요."));
        else if (t.Length > 200) errors.Add(new FieldError("Title", "실행 단계는 200자 이내로 입력해 주세요."));
        if (due < todayKst) errors.Add(new FieldError("DueDate", "기한은 오늘 이후로 정해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        if (!c.IsOpen) throw new DomainException("종결된 상담의 계획은 바꿀 수 없습니다.");
        return new ActionPlanStep { CaseAssignmentId = c.Id, SeekerProfileId = c.SeekerProfileId, Goal = g, Title = t, DueDate = due, CreatedAt = nowUtc };
    }

    public void Complete(DateTime nowUtc) => CompletedAt ??= nowUtc;

    public void Reopen() => CompletedAt = null;

    public bool IsOverdue(DateOnly todayKst) => CompletedAt is null && DueDate < todayKst;
}
