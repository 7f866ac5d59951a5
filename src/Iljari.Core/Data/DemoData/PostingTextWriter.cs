using Bogus;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Data.DemoData;

/// <summary>Writes one posting's Korean title, duties and pay the way Goyang employers write them.</summary>
internal sealed class PostingTextWriter(Faker f)
{
    public JobPostingFields Fields(Company company, DemoJob job, DateOnly closeDate)
    {
        var refs = ReferenceCatalog.Instance;
        var dong = refs.Regions.Find(company.RegionCode)!;
        var gu = refs.Regions.Find(dong.ParentCode)!;
        var partTime = f.Random.Bool(0.18f);
        var type = partTime
            ? f.PickRandom(EmploymentType.PermanentPartTime, EmploymentType.FixedTermPartTime)
            : f.Random.WeightedRandom([EmploymentType.Permanent, EmploymentType.FixedTerm, EmploymentType.Dispatch, EmploymentType.Substitute], [0.72f, 0.2f, 0.05f, 0.03f]);
        var hours = partTime ? f.Random.Number(15, 30) : 40;
        var salaryType = partTime ? SalaryType.Hourly
            : f.Random.WeightedRandom([SalaryType.Monthly, SalaryType.Yearly, SalaryType.Daily], [0.78f, 0.15f, 0.07f]);
        var monthly = f.Random.Long(job.MonthlyFrom / 10_000, job.MonthlyTo / 10_000) * 10_000;
        var (min, max) = Pay(salaryType, monthly, hours);
        var career = f.Random.WeightedRandom([CareerRequirement.Any, CareerRequirement.Newcomer, CareerRequirement.Experienced], [0.5f, 0.25f, 0.25f]);
        var years = career == CareerRequirement.Experienced ? f.Random.Number(1, 5) : 0;
        var place = f.Random.Bool() ? gu.Name : dong.Name;
        var title = f.Random.Number(4) switch
        {
            0 => $"[{place}] {job.Word} {type.Label()} 모집",
            1 => $"{company.Name} {job.Word} 채용",
            2 => $"{place} {job.Word} 구합니다 ({(partTime ? "파트타임" : "주 5일")})",
            3 => $"{(career == CareerRequirement.Experienced ? "경력" : "신입·경력")} {job.Word} 채용 - {place}",
            _ => $"{job.Word} 모집 ({company.Name})",
        };
        var perks = string.Join(", ", f.PickRandom(DemoCatalog.Perks, 3));
        return new JobPostingFields
        {
            Title = title.Length > 100 ? title[..100] : title,
            OccupationCode = job.Keco,
            RegionCode = f.Random.Bool(0.85f) ? dong.Code : gu.Code,
            SalaryType = salaryType,
            SalaryMin = min,
            SalaryMax = max,
            Education = f.Random.WeightedRandom([EducationLevel.Any, EducationLevel.HighSchool, EducationLevel.College, EducationLevel.University], [0.55f, 0.25f, 0.1f, 0.1f]),
            Career = career,
            CareerYears = years,
            EmploymentType = type,
            HoursPerWeek = hours,
            WorkDays = partTime ? WorkDays.Other : f.Random.WeightedRandom([WorkDays.FiveDays, WorkDays.AlternateSaturdays, WorkDays.SixDays], [0.8f, 0.12f, 0.08f]),
            Preferences = job.Certificates.Length > 0 ? $"{f.PickRandom(job.Certificates)} 소지자 우대, 고양시 거주자 우대" : "고양시 거주자 우대, 인근 거주자 우대",
            Certificates = job.Certificates.Length > 0 && f.Random.Bool(0.4f) ? [f.PickRandom(job.Certificates)] : [],
            Skills = job.Skills.Length > 0 ? f.PickRandom(job.Skills, Math.Min(job.Skills.Length, f.Random.Number(1, 3))).ToList() : [],
            Description = $"{company.Name}에서 {job.Word}를 모집합니다.\n\n[담당 업무]\n{job.Duties}\n\n[근무 조건]\n{gu.Name} {dong.Name}, 주 {hours}시간\n\n[복리후생]\n{perks}",
            Openings = f.Random.WeightedRandom([1, 2, 3, 5], [0.6f, 0.25f, 0.1f, 0.05f]),
            CloseDate = closeDate,
        };
    }

    /// <summary>Pay that never falls below the 2026 minimum wage for its type and hours.</summary>
    private (long Min, long? Max) Pay(SalaryType type, long monthly, int hours)
    {
        var minimum = MinimumWage.MinimumFor(type, hours);
        long min = type switch
        {
            SalaryType.Hourly => f.Random.Number(10_320, 13_500) / 10 * 10,
            SalaryType.Daily => f.Random.Number(90_000, 160_000) / 1000 * 1000,
            SalaryType.Yearly => monthly * 12,
            _ => monthly,
        };
        min = Math.Max(min, minimum);
        long? max = f.Random.Bool(0.5f) ? null : min + type switch
        {
            SalaryType.Hourly => 1_000,
            SalaryType.Daily => 20_000,
            SalaryType.Yearly => 6_000_000,
            _ => 500_000,
        };
        return (min, max);
    }
}
