using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Iljari.Web.Infrastructure;

/// <summary>Option lists for the code-list selects, grouped the way users think (구 → 동, 중분류 → 소분류).</summary>
public static class SelectLists
{
    private static readonly ReferenceCatalog Refs = ReferenceCatalog.Instance;

    public static IEnumerable<SelectListItem> Regions(bool includeGu = true)
    {
        foreach (var gu in Refs.Regions.AtLevel("gu"))
        {
            var group = new SelectListGroup { Name = gu.Name };
            if (includeGu) yield return new SelectListItem($"{gu.Name} 전체", gu.Code) { Group = group };
            foreach (var dong in Refs.Regions.ChildrenOf(gu.Code))
                yield return new SelectListItem($"{gu.Name} {dong.Name}", dong.Code) { Group = group };
        }
        var near = new SelectListGroup { Name = "인근 지역" };
        foreach (var city in Refs.Regions.AtLevel("city").Where(c => c.ParentCode is null && c.Name != "고양시"))
            yield return new SelectListItem(city.Name, city.Code) { Group = near };
    }

    public static IEnumerable<SelectListItem> Occupations()
    {
        foreach (var middle in Refs.Occupations.AtLevel("middle"))
        {
            var group = new SelectListGroup { Name = middle.Name };
            foreach (var minor in Refs.Occupations.ChildrenOf(middle.Code))
                yield return new SelectListItem(minor.Name, minor.Code) { Group = group };
        }
    }

    public static IEnumerable<SelectListItem> OccupationMajors() =>
        Refs.Occupations.AtLevel("major").Select(m => new SelectListItem(m.Name, m.Code));

    public static IEnumerable<SelectListItem> Industries()
    {
        foreach (var section in Refs.Industries.AtLevel("section"))
        {
            var group = new SelectListGroup { Name = section.Name };
            foreach (var division in Refs.Industries.ChildrenOf(section.Code))
                yield return new SelectListItem(division.Name, division.Code) { Group = group };
        }
    }

    public static IEnumerable<SelectListItem> Of<T>(Func<T, string> label) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(label(v), v.ToString()));

    public static IEnumerable<SelectListItem> SalaryTypes() => Of<SalaryType>(v => v.Label());
    public static IEnumerable<SelectListItem> EducationLevels() => Of<EducationLevel>(v => v.Label());
    public static IEnumerable<SelectListItem> Careers() => Of<CareerRequirement>(v => v.Label());
    public static IEnumerable<SelectListItem> EmploymentTypes() => Of<EmploymentType>(v => v.Label());
    public static IEnumerable<SelectListItem> WorkDayOptions() => Of<WorkDays>(v => v.Label());
    public static IEnumerable<SelectListItem> CompanySizes() => Of<CompanySize>(v => v.Label());
}
