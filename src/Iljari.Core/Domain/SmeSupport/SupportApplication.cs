using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.SmeSupport;

/// <summary>접수 → 심사 중 (the call is closed) → 선정 / 미선정; 접수 → 신청 취소 by the company before the deadline.</summary>
public enum SupportApplicationStatus { Submitted, UnderReview, Selected, NotSelected, Withdrawn }

/// <summary>One uploaded 제출 서류, named after the call's required document it answers.</summary>
public class SupportDocument
{
    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string Name { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string OriginalName { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }

    private SupportDocument() { }

    public static SupportDocument Of(string name, string storedName, string? originalName, DateTime nowUtc)
    {
        var file = Path.GetFileName(originalName ?? "").Trim();
        return new SupportDocument { Name = name, StoredName = storedName, OriginalName = file.Length > 100 ? file[..100] : file, UploadedAt = nowUtc };
    }
}

/// <summary>One line of an application's history: every state change, who made it and why.</summary>
public class SupportApplicationEvent
{
    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public SupportApplicationStatus? From { get; private set; }
    public SupportApplicationStatus To { get; private set; }
    public string ByUserId { get; private set; } = "";
    public DateTime At { get; private set; }
    public string? Note { get; private set; }

    private SupportApplicationEvent() { }

    internal static SupportApplicationEvent Of(SupportApplicationStatus? from, SupportApplicationStatus to, string userId, string? note, DateTime nowUtc) =>
        new() { From = from, To = to, ByUserId = userId, Note = note, At = nowUtc };
}

/// <summary>
/// 지원사업 신청: a company's application to a call, with its documents, requested amount and plan. The transitions are
/// the table in <see cref="Allowed"/>; each one appends a <see cref="SupportApplicationEvent"/>.
/// </summary>
public class SupportApplication
{
    public const int PlanMaxLength = 2000;
    public const int ReasonMaxLength = 500;

    /// <summary>The workflow: which state may follow which.</summary>
    public static readonly IReadOnlyDictionary<SupportApplicationStatus, SupportApplicationStatus[]> Allowed = new Dictionary<SupportApplicationStatus, SupportApplicationStatus[]>
    {
        [SupportApplicationStatus.Submitted] = [SupportApplicationStatus.UnderReview, SupportApplicationStatus.Withdrawn],
        [SupportApplicationStatus.UnderReview] = [SupportApplicationStatus.Selected, SupportApplicationStatus.NotSelected],
        [SupportApplicationStatus.Selected] = [],
        [SupportApplicationStatus.NotSelected] = [],
        [SupportApplicationStatus.Withdrawn] = [],
    };

    /// <summary>An application that still stands: a withdrawn one lets the company apply again.</summary>
    public static readonly SupportApplicationStatus[] Live =
        [SupportApplicationStatus.Submitted, SupportApplicationStatus.UnderReview, SupportApplicationStatus.Selected, SupportApplicationStatus.NotSelected];

    public int Id { get; private set; }
    public int CallId { get; private set; }
    public int CompanyId { get; private set; }
    public SupportApplicationStatus Status { get; private set; }
    public long RequestedAmount { get; private set; }
    public string Plan { get; private set; } = "";
    public DateOnly? FoundedOn { get; private set; }
    public long? AwardedAmount { get; private set; }
    public string? DecisionNote { get; private set; }
    public string SubmittedByUserId { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public long Version { get; private set; }
    public List<SupportDocument> Documents { get; private set; } = [];
    public List<SupportApplicationEvent> Events { get; private set; } = [];

    private SupportApplication() { }

    public static SupportApplication Submit(SupportCall call, int companyId, SupportVerdict verdict, long? requested, string? plan, DateOnly? foundedOn,
        IReadOnlyList<SupportDocument> documents, string userId, DateOnly today, DateTime nowUtc)
    {
        if (!call.IsOpenOn(today)) throw new DomainException("지금은 이 공고에 신청할 수 없습니다 (접수 기간이 아닙니다).");
        if (!verdict.Eligible) throw new DomainException("신청 자격이 없습니다: " + string.Join(" ", verdict.Unmet));
        var errors = new List<FieldError>();
        var text = plan?.Trim() ?? "";
        if (requested is not > 0) errors.Add(new("RequestedAmount", "신청 금액을 입력해 주세요."));
        else if (requested > call.Budget) errors.Add(new("RequestedAmount", $"신청 금액은 사업 예산({KoreanFormat.Won(call.Budget)})을 넘을 수 없습니다."));
        if (text.Length is < 10 or > PlanMaxLength) errors.Add(new("Plan", "사업 계획을 10자 이상 2,000자 이내로 입력해 주세요."));
        foreach (var missing in call.RequiredDocuments.Where(d => documents.All(x => x.Name != d)))
            errors.Add(new("Documents", $"‘{missing}’ 파일을 올려 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var application = new SupportApplication
        {
            CallId = call.Id, CompanyId = companyId, Status = SupportApplicationStatus.Submitted, RequestedAmount = requested!.Value, Plan = text,
            FoundedOn = foundedOn, SubmittedByUserId = userId, SubmittedAt = nowUtc, Documents = documents.ToList(),
        };
        application.Events.Add(SupportApplicationEvent.Of(null, SupportApplicationStatus.Submitted, userId, null, nowUtc));
        return application;
    }

    /// <summary>신청 취소: the company's own decision, only while the call still takes applications.</summary>
    public void Withdraw(SupportCall call, string userId, DateOnly today, DateTime nowUtc)
    {
        if (!call.IsOpenOn(today)) throw new DomainException("접수 기간이 끝나 신청을 취소할 수 없습니다.");
        Move(SupportApplicationStatus.Withdrawn, userId, "기업이 신청을 취소했습니다.", nowUtc);
    }

    /// <summary>The call was closed: the application goes to review.</summary>
    public void BeginReview(string userId, DateTime nowUtc) => Move(SupportApplicationStatus.UnderReview, userId, "공고 마감, 심사 시작", nowUtc);

    /// <summary>선정 with an amount, booked against the call (never above the request, the budget left or the number of awards).</summary>
    public void Select(SupportCall call, long amount, string userId, string? note, DateTime nowUtc)
    {
        if (call.Id != CallId) throw new DomainException("다른 공고의 신청입니다.");
        Ensure(SupportApplicationStatus.Selected);
        var text = Note(note, required: false);
        call.BookAward(amount, RequestedAmount);
        AwardedAmount = amount;
        Move(SupportApplicationStatus.Selected, userId, text is null ? $"지원 금액 {KoreanFormat.Won(amount)}" : $"지원 금액 {KoreanFormat.Won(amount)} — {text}", nowUtc);
        DecisionNote = text;
    }

    /// <summary>미선정, always with the reason the company will read.</summary>
    public void Reject(string userId, string? reason, DateTime nowUtc)
    {
        Ensure(SupportApplicationStatus.NotSelected);
        var text = Note(reason, required: true);
        Move(SupportApplicationStatus.NotSelected, userId, text, nowUtc);
        DecisionNote = text;
    }

    private void Ensure(SupportApplicationStatus to)
    {
        if (!Allowed[Status].Contains(to))
            throw new DomainException($"‘{Status.Label()}’ 상태의 신청은 ‘{to.Label()}’(으)로 바꿀 수 없습니다.");
    }

    private void Move(SupportApplicationStatus to, string userId, string? note, DateTime nowUtc)
    {
        Ensure(to);
        Events.Add(SupportApplicationEvent.Of(Status, to, userId, note, nowUtc));
        Status = to;
        if (to is SupportApplicationStatus.Selected or SupportApplicationStatus.NotSelected) DecidedAt = nowUtc;
        Version++;
    }

    private static string? Note(string? text, bool required)
    {
        var t = text?.Trim();
        if (required && string.IsNullOrEmpty(t)) throw new ValidationFailedException([new FieldError("Reason", "미선정 사유를 입력해 주세요.")]);
        if (t?.Length > ReasonMaxLength) throw new ValidationFailedException([new FieldError("Reason", "사유는 500자 이내로 입력해 주세요.")]);
        return string.IsNullOrEmpty(t) ? null : t;
    }
}

public static class SupportLabels
{
    public static string Label(this SupportApplicationStatus s) => s switch
    {
        SupportApplicationStatus.Submitted => "접수",
        SupportApplicationStatus.UnderReview => "심사 중",
        SupportApplicationStatus.Selected => "선정",
        SupportApplicationStatus.NotSelected => "미선정",
        _ => "신청 취소",
    };

    public static string Label(this SupportKind k) => k switch
    {
        SupportKind.WorkingCapital => "운전자금",
        SupportKind.IncubatorTenancy => "창업지원센터 입주",
        SupportKind.OverseasMarketing => "해외시장개척",
        SupportKind.TechDevelopment => "기술개발",
        SupportKind.WorkplaceImprovement => "환경개선",
        _ => "애로해소",
    };

    public static string Label(this SupportCallStatus s) => s switch
    {
        SupportCallStatus.Draft => "작성 중",
        SupportCallStatus.Published => "공고 중",
        _ => "마감",
    };
}
