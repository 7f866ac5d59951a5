using System.Text.RegularExpressions;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Seekers;

/// <summary>Validation of a seeker's profile, as Korean messages per field.</summary>
public static partial class SeekerProfileRules
{
    [GeneratedRegex(@"^01[016789]-?\d{3,4}-?\d{4}$")]
    private static partial Regex MobilePhone();

    [GeneratedRegex(@"^\d{6}-?[1-8]\d{6}$")]
    private static partial Regex ResidentNumberShape();

    public static string NormalizePhone(string phone)
    {
        var d = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return d.Length switch
        {
            11 => $"{d[..3]}-{d[3..7]}-{d[7..]}",
            10 => $"{d[..3]}-{d[3..6]}-{d[6..]}",
            _ => phone.Trim(),
        };
    }

    /// <summary>True when free text looks like it holds a 주민등록번호, which we must never store.</summary>
    public static bool ContainsResidentNumber(string? text) =>
        text is not null && text.Split([' ', '\n', '\r', '\t', ',', '/'], StringSplitOptions.RemoveEmptyEntries).Any(w => ResidentNumberShape().IsMatch(w));

    public static IReadOnlyList<FieldError> Validate(SeekerProfile p, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));
        var refs = ReferenceCatalog.Instance;

        if (string.IsNullOrWhiteSpace(p.Name)) Add(nameof(p.Name), "이름을 입력해 주세요.");
        else if (p.Name.Length > 30) Add(nameof(p.Name), "이름은 30자 이내로 입력해 주세요.");
        if (p.BirthYear < today.Year - 100 || p.BirthYear > today.Year - 14)
            Add(nameof(p.BirthYear), $"출생연도는 {today.Year - 100}~{today.Year - 14}년 사이로 입력해 주세요.");
        if (p.BirthMonth is < 1 or > 12) Add(nameof(p.BirthMonth), "출생월은 1~12 사이로 입력해 주세요.");
        if (!MobilePhone().IsMatch(p.Phone)) Add(nameof(p.Phone), "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요.");
        if (p.DesiredOccupations.Count == 0) Add(nameof(p.DesiredOccupations), "희망 직종을 하나 이상 선택해 주세요.");
        else if (p.DesiredOccupations.Count > 5) Add(nameof(p.DesiredOccupations), "희망 직종은 5개까지 선택할 수 있습니다.");
        else if (p.DesiredOccupations.Any(c => refs.Occupations.Find(c) is not { Level: "minor" }))
            Add(nameof(p.DesiredOccupations), "희망 직종을 목록에서 선택해 주세요.");
        if (p.DesiredRegions.Count > 5) Add(nameof(p.DesiredRegions), "희망 지역은 5개까지 선택할 수 있습니다.");
        else if (p.DesiredRegions.Any(c => !refs.Regions.Contains(c))) Add(nameof(p.DesiredRegions), "희망 지역을 목록에서 선택해 주세요.");
        if (p.DesiredSalary is < 0 or > 10_000_000_000) Add(nameof(p.DesiredSalary), "희망 급여를 올바르게 입력해 주세요.");
        if (p.DesiredHoursPerWeek is < 1 or > 52) Add(nameof(p.DesiredHoursPerWeek), "희망 근로시간은 주 1~52시간 사이로 입력해 주세요.");
        for (var i = 0; i < p.Careers.Count; i++)
        {
            var c = p.Careers[i];
            var field = $"Careers[{i}]";
            if (string.IsNullOrWhiteSpace(c.CompanyName)) Add(field, $"경력 {i + 1}: 회사명을 입력해 주세요.");
            if (refs.Occupations.Find(c.OccupationCode) is not { Level: "minor" }) Add(field, $"경력 {i + 1}: 직종을 선택해 주세요.");
            if (c.End is { } end && end < c.Start) Add(field, $"경력 {i + 1}: 종료월이 시작월보다 빠릅니다.");
            if (c.Start > today) Add(field, $"경력 {i + 1}: 시작월이 미래입니다.");
        }
        if (p.Certificates.Count > 20) Add(nameof(p.Certificates), "자격증은 20개까지 입력할 수 있습니다.");
        if (p.Skills.Count > 30) Add(nameof(p.Skills), "보유 기술은 30개까지 입력할 수 있습니다.");
        if (p.Introduction?.Length > 2000) Add(nameof(p.Introduction), "자기소개는 2,000자 이내로 입력해 주세요.");
        if (ContainsResidentNumber(p.Introduction) || p.Skills.Concat(p.Certificates).Any(s => ContainsResidentNumber(s)))
            Add(nameof(p.Introduction), "주민등록번호는 입력할 수 없습니다. 해당 내용을 지워 주세요.");
        return errors;
    }
}
