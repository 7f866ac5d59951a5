using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Imports;

/// <summary>What an import row says about the company, used to find it (by 사업자등록번호) or to register it.</summary>
public sealed record ImportedCompany(string BusinessNumber, string? Name, string? IndustryCode, string Address, string RegionCode, CompanySize Size);

/// <summary>A row that reads well: its external id, company and posting content (still to pass the domain's rules).</summary>
public sealed record ImportedPosting(string ExternalId, ImportedCompany Company, JobPostingFields Fields);

/// <summary>
/// Turns one Work24 채용정보 record (field names and codes of docs/reference/work24-codes.md) into posting fields,
/// or into every Korean reason it cannot. Codes and the display names Work24 returns in lists are both accepted
/// (e.g. salTpCd "M" or salTpNm "월급"), because list and detail responses differ.
/// </summary>
public static partial class Work24RowMapper
{
    public static (ImportedPosting? Posting, IReadOnlyList<string> Errors) Map(Work24Row row)
    {
        var errors = new List<string>();
        var refs = ReferenceCatalog.Instance;

        var externalId = row["wantedAuthNo"];
        if (externalId is null) errors.Add("구인인증번호(wantedAuthNo)가 없습니다.");
        else if (externalId.Length > 64) errors.Add("구인인증번호(wantedAuthNo)는 64자 이내여야 합니다.");

        var busino = row["busino"];
        string? businessNumber = null;
        if (busino is null) errors.Add("사업자등록번호(busino)가 없습니다.");
        else if (BusinessNumber.Validate(busino) is { } bad) errors.Add($"사업자등록번호(busino) '{busino}': {bad}");
        else businessNumber = BusinessNumber.Normalize(busino);

        var title = Decode(row["title"]);
        if (title is null) errors.Add("채용제목(title)이 없습니다.");

        var occupation = Occupation(row["jobsCd"]);
        if (row["jobsCd"] is null) errors.Add("직종코드(jobsCd)가 없습니다.");
        else if (occupation is null) errors.Add($"직종코드(jobsCd) '{row["jobsCd"]}'를 알 수 없습니다. KECO 소분류(3자리) 또는 고용24 직종코드(6자리)를 써 주세요.");

        var region = Region(row["region"]);
        if (row["region"] is null) errors.Add("근무지역(region)이 없습니다.");
        else if (region is null) errors.Add($"근무지역(region) '{row["region"]}'를 알 수 없습니다. 고양시와 인접 시·구의 지역코드(5자리 또는 10자리)를 써 주세요.");

        var salaryText = row["salTpCd"] ?? row["salTp"] ?? row["salTpNm"];
        var salaryType = SalaryTypeOf(salaryText);
        if (salaryText is null) errors.Add("임금형태(salTpCd)가 없습니다.");
        else if (salaryType is null) errors.Add($"임금형태(salTpCd) '{salaryText}'를 알 수 없습니다 (D 일급, H 시급, M 월급, Y 연봉).");

        var minSal = Amount(row["minSal"]);
        if (row["minSal"] is null) errors.Add("최소임금액(minSal)이 없습니다.");
        else if (minSal is null) errors.Add($"최소임금액(minSal) '{row["minSal"]}'이 숫자가 아닙니다.");
        var maxSal = Amount(row["maxSal"]);
        if (row["maxSal"] is not null && maxSal is null) errors.Add($"최대임금액(maxSal) '{row["maxSal"]}'이 숫자가 아닙니다.");

        var empText = row["empTpCd"] ?? row["empTp"];
        var employment = Work24.Parse<EmploymentType>(empText);
        if (empText is null) errors.Add("고용형태코드(empTpCd)가 없습니다.");
        else if (employment is null) errors.Add($"고용형태코드(empTpCd) '{empText}'를 알 수 없습니다 (10, 11, 20, 21, 4, Y).");

        var eduText = row["education"] ?? row["minEdubg"];
        var education = eduText is null ? EducationLevel.Any : Work24.Parse<EducationLevel>(eduText) ?? ByLabel<EducationLevel>(eduText, e => e.Label());
        if (education is null) errors.Add($"최소학력(minEdubg) '{eduText}'를 알 수 없습니다 (00~07 또는 학력무관, 고졸 …).");

        var careerText = row["career"];
        var career = careerText is null ? CareerRequirement.Any : Work24.Parse<CareerRequirement>(careerText) ?? ByLabel<CareerRequirement>(careerText, c => c.Label());
        if (career is null) errors.Add($"경력(career) '{careerText}'를 알 수 없습니다 (N 신입, E 경력, Z 관계없음).");
        var careerMonths = Amount(row["minCareerM"]);

        var daysText = row["holidayTpCd"] ?? row["holidayTp"] ?? row["holidayTpNm"];
        var workDays = daysText is null ? WorkDays.FiveDays : WorkDaysOf(daysText);
        if (workDays is null) errors.Add($"근무형태(holidayTpNm) '{daysText}'를 알 수 없습니다 (1 주 5일, 2 주 6일, 3 토요 격주 휴무, 9 기타).");

        var closeDate = CloseDate(row["closeDt"]);
        if (row["closeDt"] is null) errors.Add("마감일자(closeDt)가 없습니다.");
        else if (closeDate is null) errors.Add($"마감일자(closeDt) '{row["closeDt"]}'를 날짜로 읽을 수 없습니다 (예: 2026-11-07, 20261107, 채용시까지 26-11-07).");

        var openings = Amount(row["collectPsncnt"]);
        if (row["collectPsncnt"] is not null && openings is null) errors.Add($"모집인원(collectPsncnt) '{row["collectPsncnt"]}'이 숫자가 아닙니다.");
        var hours = Amount(row["weekHr"]);
        if (row["weekHr"] is not null && hours is null) errors.Add($"주 근로시간(weekHr) '{row["weekHr"]}'이 숫자가 아닙니다.");

        if (errors.Count > 0) return (null, errors);

        var companyName = Decode(row["company"]);
        var fields = new JobPostingFields
        {
            Title = title!, OccupationCode = occupation!, RegionCode = region!,
            SalaryType = salaryType!.Value, SalaryMin = minSal!.Value, SalaryMax = maxSal is null or 0 ? null : maxSal,
            Education = education!.Value, Career = career!.Value,
            CareerYears = career == CareerRequirement.Experienced ? Math.Max(1, (int)Math.Ceiling((careerMonths ?? 12) / 12.0)) : 0,
            EmploymentType = employment!.Value, WorkDays = workDays!.Value, HoursPerWeek = (int)(hours ?? 40),
            Openings = (int)(openings ?? 1), CloseDate = closeDate!.Value,
            Preferences = Preference(row["prefCd"]),
            Description = Decode(row["jobCont"]) ?? DefaultDescription(companyName, title!, row["wantedInfoUrl"]),
        };
        var address = string.Join(' ', new[] { row["basicAddr"], row["detailAddr"] }.Where(a => a is not null));
        var company = new ImportedCompany(businessNumber!, companyName, Industry(row["indTpCd"], row["indTpNm"]),
            address.Length > 0 ? address[..Math.Min(address.Length, 200)] : refs.Regions.FullName(region), region!, SizeOf(row["workerCnt"]));
        return (new ImportedPosting(externalId!, company, fields), []);
    }

    /// <summary>Work24 titles may come HTML-escaped more than once ("&amp;amp;"); decode until stable.</summary>
    private static string? Decode(string? text)
    {
        if (text is null) return null;
        for (var i = 0; i < 3; i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text) break;
            text = decoded;
        }
        return text.Trim();
    }

    /// <summary>KECO 소분류 (3 digits), or a Work24 6-digit 직종코드 whose first three digits are the 소분류.</summary>
    private static string? Occupation(string? code)
    {
        if (code is null || !code.All(char.IsAsciiDigit) || code.Length is not (3 or 6)) return null;
        return ReferenceCatalog.Instance.Occupations.Find(code[..3]) is { Level: "minor" } e ? e.Code : null;
    }

    /// <summary>A 5-digit Work24 region code (= the first five digits of the 법정동 code), a 10-digit code, or the region's name.</summary>
    private static string? Region(string? text)
    {
        if (text is null) return null;
        var regions = ReferenceCatalog.Instance.Regions;
        if (text.All(char.IsAsciiDigit))
            return text.Length == 5 && regions.Contains(text + "00000") ? text + "00000" : text.Length == 10 && regions.Contains(text) ? text : null;
        // "경기 고양시 일산동구", "서울 은평구": the most specific word that names a region.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
            if (regions.All.FirstOrDefault(r => r.Level != "dong" && (r.Name == words[i] || r.Name.EndsWith(" " + words[i], StringComparison.Ordinal))) is { } hit)
                return hit.Code;
        return null;
    }

    private static SalaryType? SalaryTypeOf(string? text) =>
        Work24.Parse<SalaryType>(text) ?? (text is null ? null : ByLabel<SalaryType>(text, s => s.Label()));

    private static WorkDays? WorkDaysOf(string text) => text switch
    {
        "1" => WorkDays.FiveDays, "2" => WorkDays.SixDays, "3" => WorkDays.AlternateSaturdays, "9" => WorkDays.Other,
        _ => ByLabel<WorkDays>(text, w => w.Label()),
    };

    private static T? ByLabel<T>(string text, Func<T, string> label) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v)
            .FirstOrDefault(v => label(v!.Value).Replace(" ", "", StringComparison.Ordinal) == text.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>"1,500,000", "1500000원", "2500000.0" → whole won.</summary>
    private static long? Amount(string? text)
    {
        if (text is null) return null;
        var clean = text.Replace(",", "", StringComparison.Ordinal).Replace("원", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0 && d <= 10_000_000_000m && d == decimal.Truncate(d)
            ? (long)d : null;
    }

    [GeneratedRegex(@"(\d{2,4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?|(\d{4})(\d{2})(\d{2})")]
    private static partial Regex DatePattern();

    /// <summary>2026-11-07, 2026. 11. 7., 20261107, 26-11-07, or Work24's "채용시까지 26-11-07".</summary>
    private static DateOnly? CloseDate(string? text)
    {
        if (text is null || DatePattern().Match(text) is not { Success: true } m) return null;
        var (y, mo, d) = m.Groups[1].Success ? (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : (m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value);
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        if (y.Length == 2) year += 2000;
        else if (y.Length == 3) return null;
        return DateOnly.TryParseExact($"{year:0000}-{int.Parse(mo, CultureInfo.InvariantCulture):00}-{int.Parse(d, CultureInfo.InvariantCulture):00}", "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string? Preference(string? code) => code switch
    {
        null => null,
        "Y" => "장애인 병행채용",
        "D" => "장애인만 채용",
        _ => code.Length > 500 ? code[..500] : code,
    };

    /// <summary>KSIC division: the first two digits of indTpCd, or indTpNm equal to a division's name.</summary>
    private static string? Industry(string? code, string? name)
    {
        var industries = ReferenceCatalog.Instance.Industries;
        if (code is { Length: >= 2 } && industries.Find(code[..2]) is { Level: "division" } byCode) return byCode.Code;
        return name is null ? null : industries.AtLevel("division").FirstOrDefault(e => e.Name == name)?.Code;
    }

    /// <summary>workerCnt (W5 … W100); without it a company counts as small (5~49인).</summary>
    private static CompanySize SizeOf(string? code) => code switch
    {
        "W5" => CompanySize.Micro,
        "W50" or "W100" => CompanySize.Medium,
        _ => CompanySize.Small,
    };

    /// <summary>Work24 lists carry no job description; point to the original posting instead of inventing one.</summary>
    private static string DefaultDescription(string? company, string title, string? url) =>
        $"{company ?? "기업"} · {title}. 자세한 직무 내용은 고용24 채용정보{(url is null ? "" : $"({url})")}에서 확인해 주세요.";
}
