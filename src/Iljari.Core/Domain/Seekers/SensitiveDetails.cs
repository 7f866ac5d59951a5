using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Seekers;

/// <summary>
/// 민감정보 (개인정보 보호법 제23조): the detailed facts behind the coarse circumstance codes — 장애 유형·정도, 소득 구분,
/// 건강 관련 메모, 보훈 대상 구분. Every field is optional. Stored only as one encrypted payload
/// (<see cref="SeekerSensitiveRecord"/>); the coarse codes on <see cref="SeekerProfile.Circumstances"/> stay plain because
/// eligibility and statistics query them in SQL (docs/security.md).
/// </summary>
public sealed record SensitiveDetails
{
    public const int HealthNoteMax = 500;

    /// <summary>장애인복지법 시행령 별표 1의 15개 유형.</summary>
    public static readonly IReadOnlyList<string> DisabilityTypes =
        ["지체", "뇌병변", "시각", "청각", "언어", "지적", "자폐성", "정신", "신장", "심장", "호흡기", "간", "안면", "장루·요루", "뇌전증"];

    /// <summary>2019년 장애등급제 개편 이후의 두 정도.</summary>
    public static readonly IReadOnlyList<string> DisabilitySeverities = ["심한 장애", "심하지 않은 장애"];

    public static readonly IReadOnlyList<string> IncomeClasses =
        ["기초생활수급(생계·의료)", "기초생활수급(주거·교육)", "차상위계층", "기준 중위소득 60% 이하", "해당 없음"];

    public static readonly IReadOnlyList<string> VeteranClasses =
        ["국가유공자 본인", "국가유공자 유족·가족", "보훈보상대상자", "특수임무유공자", "5·18민주유공자", "참전유공자", "장기·중기 제대군인"];

    public string? DisabilityType { get; init; }
    public string? DisabilitySeverity { get; init; }
    public string? IncomeClass { get; init; }
    public string? HealthNote { get; init; }
    public string? VeteranClass { get; init; }

    public bool IsEmpty => DisabilityType is null && DisabilitySeverity is null && IncomeClass is null && HealthNote is null && VeteranClass is null;

    /// <summary>Trims, turns blanks into null and checks each value against its list; Korean messages per field.</summary>
    public static SensitiveDetails Create(string? disabilityType, string? disabilitySeverity, string? incomeClass, string? healthNote, string? veteranClass)
    {
        var errors = new List<FieldError>();
        var details = new SensitiveDetails
        {
            DisabilityType = Pick(disabilityType, DisabilityTypes, "DisabilityType", "장애 유형", errors),
            DisabilitySeverity = Pick(disabilitySeverity, DisabilitySeverities, "DisabilitySeverity", "장애 정도", errors),
            IncomeClass = Pick(incomeClass, IncomeClasses, "IncomeClass", "소득 구분", errors),
            HealthNote = string.IsNullOrWhiteSpace(healthNote) ? null : healthNote.Trim(),
            VeteranClass = Pick(veteranClass, VeteranClasses, "VeteranClass", "보훈 대상 구분", errors),
        };
        if (details.HealthNote?.Length > HealthNoteMax) errors.Add(new("HealthNote", $"건강 관련 메모는 {HealthNoteMax:N0}자 이내로 입력해 주세요."));
        if (details.DisabilitySeverity is not null && details.DisabilityType is null) errors.Add(new("DisabilityType", "장애 정도를 고르셨다면 장애 유형도 골라 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return details;
    }

    /// <summary>
    /// The coarse codes these details imply (장애 → disabled, 수급·차상위·중위 60% → lowincome). Saving details adds them to
    /// the profile's circumstances but never removes one: a seeker may declare a group without giving the details.
    /// </summary>
    public IEnumerable<string> ImpliedGroups()
    {
        if (DisabilityType is not null) yield return "disabled";
        if (IncomeClass is not null && IncomeClass != "해당 없음") yield return "lowincome";
    }

    private static string? Pick(string? value, IReadOnlyList<string> allowed, string field, string label, List<FieldError> errors)
    {
        var v = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (v is not null && !allowed.Contains(v)) errors.Add(new(field, $"{label}을(를) 목록에서 골라 주세요."));
        return v;
    }
}

/// <summary>
/// The encrypted row: one per seeker, <see cref="Payload"/> is the Data Protection ciphertext of a
/// <see cref="SensitiveDetails"/> (never the plain text). Only the web layer, which holds the keys, reads or writes it.
/// </summary>
public class SeekerSensitiveRecord
{
    public int SeekerProfileId { get; set; }
    public string Payload { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedByUserId { get; set; } = "";
}
