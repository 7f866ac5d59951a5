using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Iljari.Core.Data.ChangeHistory;
using Iljari.Core.Domain.Common;

namespace Iljari.Web.Infrastructure.ChangeHistory;

/// <summary>
/// Korean words for a <see cref="ChangeRecord"/>: the kind of record, each field, and each value (enum labels, 원 amounts,
/// Korean time, 예/아니요), so a change reads "상태: 작성 중 → 게시" rather than a property dump.
/// </summary>
public static class ChangeLabels
{
    public static readonly IReadOnlyDictionary<string, string> Entities = new Dictionary<string, string>
    {
        ["SupportCall"] = "지원사업 공고", ["SupportReviewer"] = "심사위원 배정", ["SupportReview"] = "심사표",
        ["SocialEnterprise"] = "기업 정보", ["EnterpriseActivity"] = "지원 활동", ["EnterpriseRevenue"] = "매출 구간", ["EnterpriseHeadcount"] = "고용 인원",
        ["GuaranteeScheme"] = "특례보증 사업", ["Guarantee"] = "특례보증", ["InterestSupportRound"] = "이차보전 사업",
        ["InterestSupportApplication"] = "이차보전 신청", ["InterestPayment"] = "이차보전 월 지급",
    };

    /// <summary>Every field of every tracked record (a test keeps this complete).</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["Address"] = "주소", ["AgencyId"] = "운영 기관", ["Amount"] = "금액", ["ApplicationId"] = "신청 번호", ["AppliedAt"] = "신청 일시",
        ["AppliedOn"] = "신청일", ["ApprovedOn"] = "승인일", ["AsOf"] = "기준일", ["AssignedAt"] = "배정 일시", ["AssignedByUserId"] = "배정한 직원",
        ["AwardedCount"] = "선정 건수", ["AwardedTotal"] = "지원 결정액", ["Awards"] = "선정 규모(건)", ["Band"] = "매출 구간", ["Bank"] = "은행",
        ["BaselineEmployees"] = "지원 전 고용 인원", ["BaselineVulnerable"] = "지원 전 취약계층 고용", ["Budget"] = "예산", ["BusinessNumber"] = "사업자등록번호",
        ["CallId"] = "공고 번호", ["CertifiedOn"] = "인증일", ["ClosedAt"] = "마감 일시", ["Closes"] = "마감일", ["CompanyId"] = "기업 번호",
        ["Conflict"] = "이해충돌", ["ConflictNote"] = "이해충돌 내용", ["ConsultantName"] = "컨설턴트", ["CreatedAt"] = "등록 일시",
        ["CreatedByUserId"] = "등록한 직원", ["Criteria"] = "평가 기준", ["Date"] = "일자", ["DecidedAt"] = "결정 일시", ["DecidedByUserId"] = "결정한 직원",
        ["DecisionReason"] = "결정 사유", ["DeclaredAt"] = "신고 일시", ["Description"] = "내용", ["DesignatedOn"] = "지정일", ["Eligibility"] = "신청 자격",
        ["Employees"] = "고용 인원", ["EnterpriseId"] = "기업 번호", ["FirstYear"] = "시작 연도", ["LastYear"] = "종료 연도", ["GoyangOnly"] = "고양시 소재 기업만",
        ["GuCode"] = "구", ["Kind"] = "종류", ["LoanAmount"] = "대출액", ["LoanStart"] = "대출 실행일", ["MaxLoan"] = "지원 대상 대출 한도",
        ["MaxPerFirm"] = "업체당 한도", ["Month"] = "지급 월", ["Months"] = "지원 기간(개월)", ["Name"] = "이름", ["Note"] = "메모", ["Opens"] = "접수 시작일",
        ["Outcome"] = "활동 결과", ["Outstanding"] = "잔액", ["PublishedAt"] = "게시 일시", ["Purpose"] = "자금 용도", ["Quota"] = "지원 업체 수",
        ["RateBasisPoints"] = "지원 금리", ["RecordedAt"] = "기록 일시", ["RecordedByUserId"] = "기록한 직원", ["RegisteredOn"] = "등록일",
        ["ReportFile"] = "보고서 파일", ["ReportFileName"] = "보고서 파일 이름", ["ReportSummary"] = "보고서 요약", ["Representative"] = "대표자",
        ["RequiredDocuments"] = "제출 서류", ["ReviewerUserId"] = "심사위원", ["RoundId"] = "사업 번호", ["SchemeId"] = "보증 사업 번호", ["Score"] = "점수",
        ["ScoredAt"] = "채점 일시", ["Scores"] = "항목별 점수", ["SelectedAt"] = "선정 일시", ["SelectedByUserId"] = "선정한 직원", ["Selection"] = "선정 방식",
        ["SocialMission"] = "사회적 목적", ["Stage"] = "단계", ["Status"] = "상태", ["Subrogated"] = "대위변제액", ["TermMonths"] = "보증 기간(개월)",
        ["Title"] = "제목", ["Total"] = "총점", ["TotalLimit"] = "총 공급 한도", ["Type"] = "유형", ["UpdatedAt"] = "수정 일시",
        ["UpdatedByUserId"] = "수정한 직원", ["UserId"] = "직원", ["Vulnerable"] = "취약계층", ["VulnerableEmployees"] = "취약계층 고용 인원", ["Year"] = "연도",
    };

    private static readonly HashSet<string> MoneyFields = ["Amount", "AwardedTotal", "Budget", "LoanAmount", "MaxLoan", "MaxPerFirm", "Outstanding", "Subrogated", "TotalLimit"];

    public static string Entity(string entity) => Entities.GetValueOrDefault(entity, entity);

    public static string Field(string field) => Fields.GetValueOrDefault(field, field);

    public static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "등록",
        ChangeKind.Deleted => "삭제",
        _ => "변경",
    };

    /// <summary>A stored value in words; <paramref name="names"/> turns account ids into names.</summary>
    public static string? Value(string entity, string field, JsonNode? value, IReadOnlyDictionary<string, string> names)
    {
        if (value is null) return null;
        if (value is not JsonValue scalar) return value.ToJsonString(); // lists and rules: as stored, short enough to read
        if (field.EndsWith("UserId", StringComparison.Ordinal) && scalar.TryGetValue(out string? id)) return names.GetValueOrDefault(id, id);
        if (scalar.TryGetValue(out bool flag)) return flag ? "예" : "아니요";
        if (MoneyFields.Contains(field) && scalar.TryGetValue(out long won)) return KoreanFormat.Won(won);
        if (field == "RateBasisPoints" && scalar.TryGetValue(out int bp)) return $"연 {(bp / 100m).ToString("0.##", CultureInfo.InvariantCulture)}%p";
        // A DateOnly is stored as "2026-01-02"; read as a DateTime it would show as 09:00 Korean time.
        if (scalar.TryGetValue(out string? day) && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return KoreanFormat.Date(date);
        if (scalar.TryGetValue(out DateTime at)) return KoreanFormat.ToKst(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = scalar.ToString();
        return EnumLabel(entity, field, text) ?? text;
    }

    /// <summary>The Korean label of a stored enum name, through the enum's own <c>Label()</c> extension.</summary>
    private static string? EnumLabel(string entity, string field, string name)
    {
        var type = ChangeHistoryScopes.Types.FirstOrDefault(t => t.Name == entity)?.GetProperty(field)?.PropertyType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is not { IsEnum: true } || !Enum.TryParse(type, name, out var parsed)) return null;
        return LabelMethods.GetOrAdd(type, FindLabel)?.Invoke(null, [parsed]) as string;
    }

    private static readonly ConcurrentDictionary<Type, MethodInfo?> LabelMethods = new();

    private static MethodInfo? FindLabel(Type enumType) => enumType.Assembly.GetTypes()
        .Where(t => t is { IsAbstract: true, IsSealed: true })
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .FirstOrDefault(m => m.Name == "Label" && m.ReturnType == typeof(string) && m.GetParameters() is [var p] && p.ParameterType == enumType);
}
