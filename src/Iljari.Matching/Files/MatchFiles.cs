using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Iljari.Matching.Files;

/// <summary>The file formats of <c>iljari match</c>: postings.jsonl and seekers.jsonl in, recs.jsonl out.</summary>
public static class MatchFiles
{
    private static readonly JsonSerializerOptions Output = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static List<MatchPosting> ReadPostings(TextReader reader, List<LineError> errors) =>
        JsonLines.Read(reader, o => new MatchPosting
        {
            Id = o.RequiredId(),
            Title = o.Text("title"),
            Company = o.Text("company"),
            OccupationCode = o.Text("occupationCode"),
            IndustryCode = o.Text("industryCode"),
            RegionCode = o.Text("regionCode"),
            Location = Location(o),
            SalaryType = o.Pay("salaryType"),
            MinSalary = (long?)o.Number("minSalary"),
            MaxSalary = (long?)o.Number("maxSalary"),
            Education = o.Education("education"),
            Career = o.Career("career"),
            CareerYears = (int)(o.Number("careerYears") ?? 0),
            EmploymentType = o.Text("employmentType") is { Length: > 0 } t ? t : null,
            HoursPerWeek = (int?)o.Number("hoursPerWeek"),
            Certificates = o.Strings("certificates"),
            Skills = o.Strings("skills"),
            Description = o.Text("description"),
        }, errors);

    public static List<MatchSeeker> ReadSeekers(TextReader reader, List<LineError> errors) =>
        JsonLines.Read(reader, o => new MatchSeeker
        {
            Id = o.RequiredId(),
            DesiredOccupations = o.Strings("desiredOccupations"),
            DesiredTitles = o.Strings("desiredTitles"),
            Regions = o.Strings("regions"),
            Location = Location(o),
            DesiredSalaryType = o.Pay("desiredSalaryType"),
            DesiredMinSalary = (long?)o.Number("desiredMinSalary"),
            Education = o.Education("education"),
            CareerYears = o.Number("careerYears") ?? 0,
            CareerHistory = CareerHistory(o),
            Certificates = o.Strings("certificates"),
            Skills = o.Strings("skills"),
            EmploymentTypes = o.Strings("employmentTypes"),
            MaxHoursPerWeek = (int?)o.Number("maxHoursPerWeek"),
            Introduction = o.Text("introduction"),
            AppliedPostingIds = o.Strings("appliedPostingIds"),
        }, errors);

    /// <summary>One line per seeker: <c>{"seekerId":…,"items":[{"postingId":…,"score":…,"reasons":[…],"gaps":[…]}]}</c>.</summary>
    public static void WriteRecommendations(TextWriter writer, string seekerId, IEnumerable<Recommendation> items)
    {
        var line = new
        {
            seekerId,
            items = items.Select(r => new { postingId = r.PostingId, score = r.Score, reasons = r.Reasons, gaps = r.Gaps }),
        };
        writer.WriteLine(JsonSerializer.Serialize(line, Output));
    }

    private static List<CareerItem> CareerHistory(JsonElement o)
    {
        if (!o.TryGetProperty("careerHistory", out var v) || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind != JsonValueKind.Array) throw new FormatException("'careerHistory' 값은 배열이어야 합니다.");
        return v.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.Object
            ? new CareerItem(c.Text("occupationCode"), c.Text("title"), c.Number("years") ?? 0)
            : throw new FormatException("'careerHistory' 항목은 객체여야 합니다.")).ToList();
    }

    private static GeoPoint? Location(JsonElement o) =>
        o.Number("latitude") is { } lat && o.Number("longitude") is { } lon ? new GeoPoint(lat, lon) : null;
}
