using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Sharing;

/// <summary>What a consent lets another agency see. Case notes are shared only as their counselor-written summary.</summary>
[Flags]
public enum SharedItems { None = 0, Profile = 1, Resume = 2, CaseSummary = 4, Applications = 8 }

/// <summary>How the consent was given: in the app by the seeker, or on a signed paper form a counselor uploaded.</summary>
public enum ConsentMethod { App, Paper }

/// <summary>
/// 개인정보 제3자 제공 동의 (PIPA art. 17): purpose, recipient agencies, items and period. Staff of an agency other than
/// the seeker's own may see only the items of a live consent naming that agency. Withdrawal takes effect at once.
/// </summary>
public class SharingConsent
{
    /// <summary>The longest period one consent may cover.</summary>
    public const int MaxDays = 366;

    public int Id { get; private set; }
    public int SeekerProfileId { get; private set; }
    public string Purpose { get; private set; } = "";
    public List<int> RecipientAgencyIds { get; private set; } = [];
    public SharedItems Items { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public ConsentMethod Method { get; private set; }
    /// <summary>The stored (random) file name of the signed paper form; never a name the user chose.</summary>
    public string? PaperFormFile { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnByUserId { get; private set; }

    private SharingConsent() { }

    public static SharingConsent Give(int seekerProfileId, string? purpose, IReadOnlyCollection<int> agencyIds, SharedItems items,
        DateOnly from, DateOnly until, ConsentMethod method, string? paperFormFile, string byUserId, DateOnly todayKst, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var p = purpose?.Trim() ?? "";
        if (p.Length == 0) errors.Add(new FieldError("Purpose", "제공 목적을 입력해 주세요."));
        else if (p.Length > 200) errors.Add(new FieldError("Purpose", "제공 목적은 200자 이내로 입력해 주세요."));
        if (agencyIds.Count == 0) errors.Add(new FieldError("AgencyIds", "정보를 받을 기관을 하나 이상 골라 주세요."));
        if (items == SharedItems.None) errors.Add(new FieldError("Items", "제공할 항목을 하나 이상 골라 주세요."));
        if (from < todayKst) errors.Add(new FieldError("ValidFrom", "시작일은 오늘 이후여야 합니다."));
        if (until < from) errors.Add(new FieldError("ValidUntil", "종료일은 시작일 이후여야 합니다."));
        else if (until.DayNumber - from.DayNumber > MaxDays) errors.Add(new FieldError("ValidUntil", "동의 기간은 최대 1년입니다."));
        if (method == ConsentMethod.Paper && string.IsNullOrEmpty(paperFormFile))
            errors.Add(new FieldError("PaperForm", "서명한 동의서 파일을 올려 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new SharingConsent
        {
            SeekerProfileId = seekerProfileId, Purpose = p, RecipientAgencyIds = agencyIds.Distinct().Order().ToList(), Items = items,
            ValidFrom = from, ValidUntil = until, Method = method, PaperFormFile = paperFormFile, RecordedByUserId = byUserId, CreatedAt = nowUtc,
        };
    }

    public bool IsLive(DateOnly todayKst) => WithdrawnAt is null && ValidFrom <= todayKst && todayKst <= ValidUntil;

    public bool Covers(int agencyId, SharedItems item, DateOnly todayKst) =>
        IsLive(todayKst) && RecipientAgencyIds.Contains(agencyId) && Items.HasFlag(item);

    public void Withdraw(string byUserId, DateTime nowUtc)
    {
        if (WithdrawnAt is not null) throw new DomainException("이미 철회한 동의입니다.");
        (WithdrawnAt, WithdrawnByUserId) = (nowUtc, byUserId);
    }
}

public static class SharingLabels
{
    public static readonly SharedItems[] Each = [SharedItems.Profile, SharedItems.Resume, SharedItems.CaseSummary, SharedItems.Applications];

    public static string Label(this SharedItems item) => item switch
    {
        SharedItems.Profile => "기본 정보(이름·연락처·나이·희망 조건)",
        SharedItems.Resume => "이력서(경력·자격·기술·자기소개)",
        SharedItems.CaseSummary => "상담 기록 요약",
        SharedItems.Applications => "지원·알선 내역",
        _ => string.Join(", ", Each.Where(i => item.HasFlag(i)).Select(i => i.ShortLabel())),
    };

    public static string ShortLabel(this SharedItems item) => item switch
    {
        SharedItems.Profile => "기본 정보",
        SharedItems.Resume => "이력서",
        SharedItems.CaseSummary => "상담 요약",
        SharedItems.Applications => "지원 내역",
        _ => string.Join(", ", Each.Where(i => item.HasFlag(i)).Select(ShortLabel)),
    };

    public static string Label(this ConsentMethod m) => m == ConsentMethod.App ? "앱에서 직접 동의" : "서면 동의서(상담사 등록)";
}
