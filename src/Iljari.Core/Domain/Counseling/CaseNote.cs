using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Counseling;

public enum CaseNoteKind { Intake, Counseling, Phone, Visit, Other }

/// <summary>
/// 상담 기록. Staff-only: the seeker never sees the body. <see cref="Summary"/> is the short text the counselor
/// writes for sharing, the only part another agency may see (and only under the seeker's consent).
/// </summary>
public class CaseNote
{
    public const int MaxBody = 4000;
    public const int MaxSummary = 300;

    public int Id { get; private set; }
    public int CaseAssignmentId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public int AgencyId { get; private set; }
    public string AuthorUserId { get; private set; } = "";
    public CaseNoteKind Kind { get; private set; }
    public string Body { get; private set; } = "";
    public string? Summary { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private CaseNote() { }

    public static CaseNote Write(CaseAssignment c, string authorUserId, CaseNoteKind kind, string? body, string? summary, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var text = body?.Trim() ?? "";
        var shared = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (text.Length == 0) errors.Add(new FieldError("Body", "상담 내용을 입력해 주세요."));
        else if (text.Length > MaxBody) errors.Add(new FieldError("Body", $"상담 내용은 {MaxBody:N0}자 이내로 입력해 주세요."));
        if (shared?.Length > MaxSummary) errors.Add(new FieldError("Summary", $"공유용 요약은 {MaxSummary}자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        if (!c.IsOpen) throw new DomainException("종결된 상담에는 기록을 추가할 수 없습니다.");
        return new CaseNote
        {
            CaseAssignmentId = c.Id, SeekerProfileId = c.SeekerProfileId, AgencyId = c.AgencyId, AuthorUserId = authorUserId,
            Kind = kind, Body = text, Summary = shared, CreatedAt = nowUtc,
        };
    }
}

public static class CaseNoteLabels
{
    public static string Label(this CaseNoteKind k) => k switch
    {
        CaseNoteKind.Intake => "초기 상담(구직 상담)",
        CaseNoteKind.Counseling => "대면 상담",
        CaseNoteKind.Phone => "전화 상담",
        CaseNoteKind.Visit => "방문·동행",
        _ => "기타",
    };
}
