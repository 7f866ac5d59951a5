using System.Text.Json;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Pages.Jobs;

/// <summary>
/// schema.org <c>JobPosting</c> for search engines (Google for Jobs and the like). Only open postings carry it: a closed
/// one is no longer a job offer, and search engines ask that expired postings drop the markup. Absent values are left
/// out rather than written as null, which validators flag.
/// </summary>
public static class JobPostingJsonLd
{
    /// <summary>The markup for an open posting; null for any other status.</summary>
    public static string? ForPage(JobPosting p, string baseUrl) => p.Status == PostingStatus.Open ? Serialize(p, baseUrl) : null;

    // The default encoder escapes '<' and '>' as \u003C/\u003E, so the JSON is safe inside a <script> element.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(JobPosting p, string baseUrl)
    {
        var refs = ReferenceCatalog.Instance;
        var (addressRegion, locality) = Address(p.RegionCode);
        var doc = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = p.Title,
            ["description"] = p.Description,
            ["identifier"] = new Dictionary<string, object?> { ["@type"] = "PropertyValue", ["name"] = "Iljari", ["value"] = p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
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
            // Seekers apply on the posting page itself (지원하기), so the page is the application.
            ["directApply"] = true,
            ["jobLocation"] = new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["address"] = new Dictionary<string, object?>
                {
                    ["@type"] = "PostalAddress",
                    ["addressCountry"] = "KR",
                    ["addressRegion"] = addressRegion,
                    ["addressLocality"] = locality,
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
        return JsonSerializer.Serialize(WithoutNulls(doc), Options);
    }

    /// <summary>
    /// 시·도 and the rest: a Goyang code gives ("경기도", "고양시 일산동구 장항동"); a neighbouring city is stored with its
    /// 시·도 in the name ("서울특별시 은평구"), which is split the same way.
    /// </summary>
    private static (string Region, string Locality) Address(string regionCode)
    {
        var names = ReferenceCatalog.Instance.Regions.Lineage(regionCode).Reverse().Select(r => r.Name).ToList();
        var full = string.Join(" ", names);
        var space = full.IndexOf(' ', StringComparison.Ordinal);
        return names.FirstOrDefault() is { } top && top.Contains(' ', StringComparison.Ordinal) ? (full[..space], full[(space + 1)..]) : ("경기도", full);
    }

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> doc) => doc
        .Where(kv => kv.Value is not null && kv.Value is not string { Length: 0 })
        .ToDictionary(kv => kv.Key, kv => kv.Value is Dictionary<string, object?> inner ? WithoutNulls(inner) : kv.Value);
}
