using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.SmeSupport;

/// <summary>애로 분류.</summary>
public enum DifficultyCategory { Workforce, Finance, Sales, Regulation, Technology }

/// <summary>접수 → 담당 배정 → 처리 중 → 답변 완료; 이관 sends it to another desk (which then works it like a new one).</summary>
public enum DifficultyStatus { Received, Assigned, InProgress, Answered, Transferred }

/// <summary>The desk that answers a category: a department name and the agency whose staff see it.</summary>
public sealed record DifficultyDesk(string Department, string AgencyCode);

/// <summary>기업애로 해소: the fixed routing of each category to the department that handles it.</summary>
public static class DifficultyRouting
{
    /// <summary>Days the desk has to answer, from the day the company files.</summary>
    public const int DueDays = 14;

    public static DifficultyDesk DeskFor(DifficultyCategory category) => category switch
    {
        DifficultyCategory.Workforce => new("고양시 일자리센터 기업지원팀", "GOYANG-JOB"),
        DifficultyCategory.Finance => new("고양시 소상공인지원센터 자금지원팀", "GOYANG-MERCHANT"),
        DifficultyCategory.Sales => new("고양시 소상공인지원센터 판로지원팀", "GOYANG-MERCHANT"),
        DifficultyCategory.Regulation => new("고양시 일자리정책과 규제개선팀", "GOYANG-CITY"),
        _ => new("청년창업지원센터 기술지원팀", "GOYANG-YOUTH"),
    };

    public static string Label(this DifficultyCategory c) => c switch
    {
        DifficultyCategory.Workforce => "인력",
        DifficultyCategory.Finance => "자금",
        DifficultyCategory.Sales => "판로",
        DifficultyCategory.Regulation => "규제",
        _ => "기술",
    };

    public static string Label(this DifficultyStatus s) => s switch
    {
        DifficultyStatus.Received => "접수",
        DifficultyStatus.Assigned => "담당 배정",
        DifficultyStatus.InProgress => "처리 중",
        DifficultyStatus.Answered => "답변 완료",
        _ => "이관",
    };
}

/// <summary>One line of a difficulty's history.</summary>
public class DifficultyEvent
{
    public long Id { get; private set; }
    public int DifficultyId { get; private set; }
    public DifficultyStatus? From { get; private set; }
    public DifficultyStatus To { get; private set; }
    public string ByUserId { get; private set; } = "";
    public DateTime At { get; private set; }
    public string? Note { get; private set; }

    private DifficultyEvent() { }

    internal static DifficultyEvent Of(DifficultyStatus? from, DifficultyStatus to, string userId, string? note, DateTime nowUtc) =>
        new() { From = from, To = to, ByUserId = userId, Note = note, At = nowUtc };
}

/// <summary>기업 애로사항: filed by a company, routed by category to a desk with a due date, answered by its staff.</summary>
public class Difficulty
{
    public int Id { get; private set; }
    public int CompanyId { get; private set; }
    public DifficultyCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string? AttachmentStoredName { get; private set; }
    public string? AttachmentOriginalName { get; private set; }
    public int AgencyId { get; private set; }
    public string Department { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DifficultyStatus Status { get; private set; }
    public string? AssigneeUserId { get; private set; }
    public string? Answer { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? TransferReason { get; private set; }
    public string FiledByUserId { get; private set; } = "";
    public DateTime FiledAt { get; private set; }
    public long Version { get; private set; }
    public List<DifficultyEvent> Events { get; private set; } = [];

    private Difficulty() { }

    public bool IsOverdue(DateOnly today) => Status != DifficultyStatus.Answered && today > DueOn;

    public static Difficulty File(int companyId, DifficultyCategory category, string? title, string? description, int agencyId, DifficultyDesk desk,
        string userId, DateOnly today, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var t = title?.Trim() ?? "";
        var d = description?.Trim() ?? "";
        if (t.Length is 0 or > 100) errors.Add(new("Title", "제목을 100자 이내로 입력해 주세요."));
        if (d.Length is < 10 or > 3000) errors.Add(new("Description", "애로 내용을 10자 이상 3,000자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var difficulty = new Difficulty
        {
            CompanyId = companyId, Category = category, Title = t, Description = d, AgencyId = agencyId, Department = desk.Department,
            DueOn = today.AddDays(DifficultyRouting.DueDays), Status = DifficultyStatus.Received, FiledByUserId = userId, FiledAt = nowUtc,
        };
        difficulty.Events.Add(DifficultyEvent.Of(null, DifficultyStatus.Received, userId, desk.Department, nowUtc));
        return difficulty;
    }

    public void Attach(string storedName, string? originalName)
    {
        var name = Path.GetFileName(originalName ?? "").Trim();
        (AttachmentStoredName, AttachmentOriginalName) = (storedName, name.Length > 100 ? name[..100] : name);
    }

    public void Assign(string assigneeUserId, string byUserId, DateTime nowUtc)
    {
        if (Status is not (DifficultyStatus.Received or DifficultyStatus.Transferred or DifficultyStatus.Assigned))
            throw new DomainException("처리를 시작한 애로는 담당자를 바꿀 수 없습니다.");
        AssigneeUserId = assigneeUserId;
        Move(DifficultyStatus.Assigned, byUserId, null, nowUtc);
    }

    public void Start(string byUserId, DateTime nowUtc)
    {
        if (Status != DifficultyStatus.Assigned) throw new DomainException("담당자가 배정된 애로만 처리를 시작할 수 있습니다.");
        Move(DifficultyStatus.InProgress, byUserId, null, nowUtc);
    }

    public void AnswerWith(string? answer, string byUserId, DateTime nowUtc)
    {
        if (Status is not (DifficultyStatus.Assigned or DifficultyStatus.InProgress)) throw new DomainException("담당자가 배정된 애로에만 답변할 수 있습니다.");
        var text = answer?.Trim() ?? "";
        if (text.Length is 0 or > 3000) throw new ValidationFailedException([new FieldError("Answer", "답변을 3,000자 이내로 입력해 주세요.")]);
        (Answer, AnsweredAt) = (text, nowUtc);
        Move(DifficultyStatus.Answered, byUserId, null, nowUtc);
    }

    /// <summary>이관: to the desk of another category (the category changes with it), always with a reason.</summary>
    public void Transfer(DifficultyCategory to, int agencyId, DifficultyDesk desk, string? reason, string byUserId, DateTime nowUtc)
    {
        if (Status == DifficultyStatus.Answered) throw new DomainException("답변을 마친 애로는 이관할 수 없습니다.");
        if (desk.Department == Department) throw new ValidationFailedException([new FieldError("Category", "지금 담당 부서와 다른 분류를 골라 주세요.")]);
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 500) throw new ValidationFailedException([new FieldError("Reason", "이관 사유를 500자 이내로 입력해 주세요.")]);
        (Category, AgencyId, Department, AssigneeUserId, TransferReason) = (to, agencyId, desk.Department, null, text);
        Move(DifficultyStatus.Transferred, byUserId, $"{desk.Department}(으)로 이관: {text}", nowUtc);
    }

    private void Move(DifficultyStatus to, string userId, string? note, DateTime nowUtc)
    {
        Events.Add(DifficultyEvent.Of(Status, to, userId, note, nowUtc));
        Status = to;
        Version++;
    }
}
