namespace Iljari.Core.Domain.Codes;

// Code values of the Work24 (고용24) 채용정보 field set; see docs/reference/work24-codes.md.

/// <summary>임금형태 (salTp).</summary>
public enum SalaryType { Hourly, Daily, Monthly, Yearly }

/// <summary>최소학력 (education 00–07).</summary>
public enum EducationLevel { Any = 0, Elementary = 1, MiddleSchool = 2, HighSchool = 3, College = 4, University = 5, Master = 6, Doctorate = 7 }

/// <summary>경력 (career N/E/Z).</summary>
public enum CareerRequirement { Newcomer, Experienced, Any }

/// <summary>고용형태 (empTp).</summary>
public enum EmploymentType { Permanent, PermanentPartTime, FixedTerm, FixedTermPartTime, Dispatch, Substitute }

/// <summary>근무형태 (holidayTp).</summary>
public enum WorkDays { FiveDays, SixDays, AlternateSaturdays, Other }

/// <summary>Korean labels and Work24 code strings for the enums above.</summary>
public static class Work24
{
    public static string Code(this SalaryType t) => t switch
    {
        SalaryType.Hourly => "H", SalaryType.Daily => "D", SalaryType.Monthly => "M", _ => "Y",
    };

    public static string Label(this SalaryType t) => t switch
    {
        SalaryType.Hourly => "시급", SalaryType.Daily => "일급", SalaryType.Monthly => "월급", _ => "연봉",
    };

    public static string Code(this EducationLevel e) => ((int)e).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Label(this EducationLevel e) => e switch
    {
        EducationLevel.Any => "학력무관",
        EducationLevel.Elementary => "초졸이하",
        EducationLevel.MiddleSchool => "중졸",
        EducationLevel.HighSchool => "고졸",
        EducationLevel.College => "대졸(2~3년)",
        EducationLevel.University => "대졸(4년)",
        EducationLevel.Master => "석사",
        _ => "박사",
    };

    public static string Code(this CareerRequirement c) => c switch
    {
        CareerRequirement.Newcomer => "N", CareerRequirement.Experienced => "E", _ => "Z",
    };

    public static string Label(this CareerRequirement c) => c switch
    {
        CareerRequirement.Newcomer => "신입", CareerRequirement.Experienced => "경력", _ => "관계없음",
    };

    public static string Code(this EmploymentType t) => t switch
    {
        EmploymentType.Permanent => "10",
        EmploymentType.PermanentPartTime => "11",
        EmploymentType.FixedTerm => "20",
        EmploymentType.FixedTermPartTime => "21",
        EmploymentType.Dispatch => "4",
        _ => "Y",
    };

    public static string Label(this EmploymentType t) => t switch
    {
        EmploymentType.Permanent => "정규직",
        EmploymentType.PermanentPartTime => "정규직(시간제)",
        EmploymentType.FixedTerm => "기간제",
        EmploymentType.FixedTermPartTime => "기간제(시간제)",
        EmploymentType.Dispatch => "파견",
        _ => "대체인력",
    };

    public static string Label(this WorkDays w) => w switch
    {
        WorkDays.FiveDays => "주 5일 근무",
        WorkDays.SixDays => "주 6일 근무",
        WorkDays.AlternateSaturdays => "토요 격주 휴무",
        _ => "기타",
    };

    /// <summary>Parses a Work24 code (or the enum name) of type <typeparamref name="T"/>; null when unknown.</summary>
    public static T? Parse<T>(string? code) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        foreach (var v in Enum.GetValues<T>())
        {
            var c = v switch
            {
                SalaryType s => s.Code(),
                EducationLevel e => e.Code(),
                CareerRequirement r => r.Code(),
                EmploymentType t => t.Code(),
                _ => v.ToString(),
            };
            if (string.Equals(c, code, StringComparison.OrdinalIgnoreCase) || string.Equals(v.ToString(), code, StringComparison.OrdinalIgnoreCase))
                return v;
        }
        return null;
    }
}
