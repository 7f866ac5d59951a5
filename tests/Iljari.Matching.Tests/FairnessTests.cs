using System.Text.Json.Nodes;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Matching;
using Iljari.Matching.Files;

namespace Iljari.Matching.Tests;

/// <summary>Age, sex, disability, nationality and target-group flags must not move any score (issue 4).</summary>
public class FairnessTests
{
    private static readonly string[] ProtectedFields = ["age", "birthYear", "sex", "gender", "disability", "nationality", "targetGroups", "veteran", "lowIncome"];

    [Fact]
    public void Protected_fields_in_seeker_files_leave_every_score_unchanged()
    {
        var market = GeneratedMarket.Create(DemoDataSize.Tiny, seed: 7);
        var pool = A.Engine.IndexPostings(market.OpenPostings);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "DevSet", "seekers.jsonl")).Take(12).ToList();
        Assert.NotEmpty(lines);

        var baseline = Recommend(pool, lines, (_, _) => { });
        var variants = new Action<JsonObject, int>[]
        {
            (o, i) => { o["age"] = 20 + i * 5; o["birthYear"] = 1950 + i * 4; },
            (o, i) => { o["sex"] = i % 2 == 0 ? "F" : "M"; o["gender"] = i % 2 == 0 ? "여" : "남"; },
            (o, _) => { o["disability"] = true; o["nationality"] = "VN"; },
            (o, _) => { o["targetGroups"] = new JsonArray("청년", "경력단절여성", "장애인", "저소득", "북한이탈주민"); o["veteran"] = true; o["lowIncome"] = true; },
        };
        foreach (var change in variants)
            Assert.Equal(baseline, Recommend(pool, lines, change));
        Assert.Contains(baseline, line => line.Contains("postingId", StringComparison.Ordinal));
    }

    [Fact]
    public void Birth_date_name_and_contact_of_a_stored_profile_do_not_reach_the_engine()
    {
        var profile = new SeekerProfile
        {
            Id = 1, Name = "김하늘", BirthYear = 1998, BirthMonth = 3, Phone = "010-1234-5678", Email = "a@example.kr",
            DesiredOccupations = ["532"], DesiredRegions = ["4128500000"], DesiredSalary = 2_300_000,
            EmploymentTypes = [EmploymentType.Permanent], Education = EducationLevel.HighSchool, Skills = ["라떼아트"],
        };
        var postings = GeneratedMarket.Create(DemoDataSize.Tiny, seed: 3).OpenPostings.Append(A.Posting()).ToList();
        var pool = A.Engine.IndexPostings(postings);
        var before = pool.TopFor(profile.ToMatch(), 10);

        profile.BirthYear = 1961;
        profile.BirthMonth = 11;
        profile.Name = "Nguyen Van A";
        profile.Phone = "010-9999-0000";

        Assert.Equal(Render(before), Render(pool.TopFor(profile.ToMatch(), 10)));
    }

    [Fact]
    public void The_engine_input_types_have_no_protected_attribute()
    {
        var names = typeof(MatchSeeker).GetProperties().Select(p => p.Name.ToLowerInvariant()).ToList();

        foreach (var banned in new[] { "age", "birth", "sex", "gender", "disab", "nation", "group", "veteran", "income" })
            Assert.DoesNotContain(names, n => n.Contains(banned, StringComparison.Ordinal));
    }

    private static List<string> Recommend(PostingPool pool, List<string> lines, Action<JsonObject, int> change)
    {
        var changed = lines.Select((l, i) =>
        {
            var o = JsonNode.Parse(l)!.AsObject();
            change(o, i);
            return o.ToJsonString();
        });
        var errors = new List<LineError>();
        var seekers = MatchFiles.ReadSeekers(new StringReader(string.Join('\n', changed)), errors);
        Assert.Empty(errors);
        var output = new StringWriter();
        foreach (var s in seekers) MatchFiles.WriteRecommendations(output, s.Id, pool.TopFor(s, 10));
        return output.ToString().Split('\n').ToList();
    }

    private static string Render(IEnumerable<Recommendation> list) =>
        string.Join("\n", list.Select(r => $"{r.PostingId} {r.Score} {string.Join("/", r.Reasons)} {string.Join("/", r.Gaps)}"));
}
