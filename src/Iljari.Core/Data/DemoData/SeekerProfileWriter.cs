using Bogus;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Seekers;

namespace Iljari.Core.Data.DemoData;

/// <summary>Writes one seeker's résumé: ages 18–72 spread over 청년·중장년·노인, desired jobs near their experience.</summary>
internal sealed class SeekerProfileWriter(Faker f, DateTime nowUtc)
{
    private static readonly string[] Gus = ReferenceCatalog.Instance.Regions.AtLevel("gu").Select(g => g.Code).ToArray();
    private static readonly string[] Dongs = ReferenceCatalog.Instance.Regions.AtLevel("dong").Select(g => g.Code).ToArray();
    private static readonly string[] Neighbours = ReferenceCatalog.Instance.Regions.AtLevel("city").Where(c => c.ParentCode is null && c.Name != "고양시").Select(c => c.Code).ToArray();

    public SeekerProfile Profile(AppUser user, string name, DemoJob main, DemoJob[] jobs)
    {
        user.Id = f.Random.Guid().ToString();
        var age = f.Random.WeightedRandom([f.Random.Number(18, 34), f.Random.Number(35, 49), f.Random.Number(50, 64), f.Random.Number(65, 72)], [0.4f, 0.25f, 0.25f, 0.1f]);
        var today = DateOnly.FromDateTime(nowUtc.AddHours(9));
        var desired = new[] { main }.Concat(f.PickRandom(jobs, f.Random.Number(0, 2))).Select(j => j.Keco).Distinct().ToList();
        var careers = Enumerable.Range(0, age < 22 ? 0 : f.Random.Number(0, 3)).Select(i => Career(f.Random.Bool(0.7f) ? main : f.PickRandom(jobs), today, i)).ToList();
        var monthly = f.Random.Long(main.MonthlyFrom / 10_000, main.MonthlyTo / 10_000) * 10_000;
        // Part-time seekers state short hours and an hourly wish, as people looking for 시간제 work do.
        var partTime = f.Random.Bool(0.25f);
        var hourly = f.Random.Number(10_320, 12_500) / 10 * 10;
        return new SeekerProfile
        {
            UserId = user.Id,
            Name = name,
            BirthYear = today.Year - age,
            BirthMonth = f.Random.Number(1, 12),
            Phone = $"010-{f.Random.Number(2000, 9999)}-{f.Random.Number(1000, 9999)}",
            Email = user.Email!,
            DesiredOccupations = desired,
            DesiredRegions = f.Random.Number(3) switch
            {
                0 => [],
                1 => [f.PickRandom(Gus)],
                2 => [f.PickRandom(Dongs), f.PickRandom(Gus)],
                _ => [f.PickRandom(Gus), f.PickRandom(Neighbours)],
            },
            DesiredSalaryType = partTime ? SalaryType.Hourly : SalaryType.Monthly,
            DesiredSalary = f.Random.Bool(0.8f) ? (partTime ? hourly : monthly) : null,
            EmploymentTypes = partTime
                ? [EmploymentType.PermanentPartTime, EmploymentType.FixedTermPartTime]
                : f.Random.Bool(0.7f) ? [EmploymentType.Permanent] : [EmploymentType.Permanent, EmploymentType.FixedTerm],
            DesiredHoursPerWeek = partTime ? f.Random.Number(15, 30) : 40,
            Education = f.Random.WeightedRandom([EducationLevel.HighSchool, EducationLevel.College, EducationLevel.University, EducationLevel.MiddleSchool], [0.4f, 0.25f, 0.3f, 0.05f]),
            Careers = careers,
            Certificates = main.Certificates.Length > 0 && f.Random.Bool(0.6f) ? [f.PickRandom(main.Certificates)] : [],
            Skills = f.PickRandom(main.Skills, Math.Min(main.Skills.Length, 2)).ToList(),
            Introduction = f.PickRandom(DemoCatalog.Intros),
            Discoverable = f.Random.Bool(0.4f),
            CreatedAt = user.CreatedAt,
            UpdatedAt = user.CreatedAt,
        };
    }

    private CareerEntry Career(DemoJob job, DateOnly today, int index)
    {
        var end = today.AddMonths(-(index * 30 + f.Random.Number(1, 18)));
        var start = end.AddMonths(-f.Random.Number(6, 36));
        return new CareerEntry
        {
            CompanyName = $"{f.PickRandom(DemoCatalog.PlacePrefixes)} {f.PickRandom("상사", "산업", "센터", "컴퍼니", "점")}",
            OccupationCode = job.Keco,
            Role = job.Word,
            Start = new DateOnly(start.Year, start.Month, 1),
            End = new DateOnly(end.Year, end.Month, 1),
        };
    }
}
