using Iljari.Core.Matching;
using Iljari.Matching;

namespace Iljari.Matching.Tests;

/// <summary>Readable test data: a barista seeker in 일산동구 and café postings, varied one field at a time.</summary>
internal static class A
{
    public const string Barista = "532";      // 식당 서비스원 (KECO 소분류)
    public const string Cook = "531";         // 주방장 및 조리사
    public const string Accountant = "027";   // 회계·경리 사무원
    public const string Janghang = "4128510400"; // 일산동구 장항동
    public const string IlsanDong = "4128500000";
    public const string IlsanSeo = "4128700000";
    public const string Paju = "4148000000";

    public static MatchEngine Engine { get; } = new(MatchMapping.Vocabulary);

    public static MatchSeeker Seeker(string id = "S1") => new()
    {
        Id = id,
        DesiredOccupations = [Barista],
        DesiredTitles = ["바리스타"],
        Regions = [IlsanDong],
        DesiredSalaryType = PayPeriod.Monthly,
        DesiredMinSalary = 2_300_000,
        Education = 3,
        CareerYears = 2,
        CareerHistory = [new CareerItem(Barista, "카페 바리스타", 2)],
        Certificates = ["바리스타 2급"],
        Skills = ["에스프레소 추출", "라떼아트"],
        EmploymentTypes = ["10"],
        MaxHoursPerWeek = 40,
    };

    public static MatchPosting Posting(string id = "P1", string company = "C1") => new()
    {
        Id = id,
        Title = "호수공원 카페 바리스타 모집",
        Company = company,
        OccupationCode = Barista,
        RegionCode = Janghang,
        SalaryType = PayPeriod.Monthly,
        MinSalary = 2_400_000,
        MaxSalary = 2_600_000,
        Education = 0,
        Career = CareerRule.Any,
        EmploymentType = "10",
        HoursPerWeek = 40,
        Certificates = ["바리스타 2급"],
        Skills = ["라떼아트"],
    };
}
