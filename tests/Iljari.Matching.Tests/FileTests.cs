using Iljari.Matching.Files;

namespace Iljari.Matching.Tests;

public class FileTests
{
    [Fact]
    public void Bad_lines_are_reported_with_their_number_and_skipped()
    {
        var text = """
            {"id":"P1","title":"바리스타","occupationCode":"532","salaryType":"M","minSalary":"2,400,000"}
            not json
            {"title":"no id"}
            {"id":"P4","salaryType":"W"}
            {"id":"P5"}
            """;
        var errors = new List<LineError>();

        var postings = MatchFiles.ReadPostings(new StringReader(text), errors);

        Assert.Equal(["P1", "P5"], postings.Select(p => p.Id));
        Assert.Equal(2_400_000, postings[0].MinSalary);
        Assert.Equal([2, 3, 4], errors.Select(e => e.Line));
        Assert.Contains("D/H/M/Y", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeker_lines_accept_missing_optional_fields()
    {
        var errors = new List<LineError>();
        var seekers = MatchFiles.ReadSeekers(new StringReader("""{"id":"S1","desiredTitles":["요양보호사"],"careerHistory":[{"occupationCode":"561","title":"요양보호사","years":3}]}"""), errors);

        Assert.Empty(errors);
        Assert.Equal(3, seekers.Single().CareerHistory.Single().Years);
        Assert.Equal(PayPeriod.Monthly, seekers[0].DesiredSalaryType);
    }

    [Fact]
    public void Output_is_one_json_line_per_seeker_with_korean_kept_readable()
    {
        var output = new StringWriter();
        MatchFiles.WriteRecommendations(output, "S1", [A.Engine.Explain(A.Seeker(), A.Posting())]);

        var line = output.ToString().Trim();
        Assert.StartsWith("""{"seekerId":"S1","items":[{"postingId":"P1","score":""", line, StringComparison.Ordinal);
        Assert.Contains("희망 직무 일치(바리스타)", line, StringComparison.Ordinal);
    }
}
