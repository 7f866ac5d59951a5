using System.Text.Json;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Pages.Jobs;

/// <summary>schema.org <c>JobPosting</c> for search engines (Google for Jobs and the like).</summary>
public static class JobPostingJsonLd
{
    // The default encoder escapes '<' and '>' as \u003C/\u003E, so the JSON is safe inside a <script> element.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(JobPosting p, string baseUrl)
    {
        var refs = ReferenceCatalog.Instance;
        var region = refs.Regions.Lineage(p.RegionCode).ToList();
        var doc = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = p.Title,
            ["description"] = p.Description,
            ["identifier"] = new Dictionary<string, object> { ["@type"] = "PropertyValue", ["name"] = "Iljari", ["value"] = p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["datePosted"] = (p.PublishedAt ?? p.CreatedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["validThrough"] = p.CloseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T23:59:59+09:00",
            ["employmentType"] = p.EmploymentType switch
            {
                EmploymentType.Permanent => "FULL_TIME",
                EmploymentType.PermanentPartTime or EmploymentType.FixedTermPartTime => "PART_TIME",
                EmploymentType.Dispatch => "CONTRACTOR",
                _ => "TEMPORARY",
            },
            ["occupationalCategory"] = refs.Occupations.NameOf(p.OccupationCode),
            ["totalJobOpenings"] = p.Openings,
            ["url"] = $"{baseUrl}/Jobs/Detail/{p.Id}",
            ["hiringOrganization"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = p.Company?.Name },
            ["jobLocation"] = new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["address"] = new Dictionary<string, object?>
                {
                    ["@type"] = "PostalAddress",
                    ["addressCountry"] = "KR",
                    ["addressRegion"] = "경기도",
                    ["addressLocality"] = string.Join(" ", region.AsEnumerable().Reverse().Select(r => r.Name)),
                    ["streetAddress"] = p.Company?.Address,
                },
            },
            ["baseSalary"] = new Dictionary<string, object?>
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = "KRW",
                ["value"] = new Dictionary<string, object?>
                {
                    ["@type"] = "QuantitativeValue",
                    ["minValue"] = p.SalaryMin,
                    ["maxValue"] = p.SalaryMax ?? p.SalaryMin,
                    ["unitText"] = p.SalaryType switch { SalaryType.Hourly => "HOUR", SalaryType.Daily => "DAY", SalaryType.Monthly => "MONTH", _ => "YEAR" },
                },
            },
            ["educationRequirements"] = p.Education == EducationLevel.Any ? null : p.Education.Label(),
            ["experienceRequirements"] = p.CareerText,
        };
        return JsonSerializer.Serialize(doc, Options);
    }
}
