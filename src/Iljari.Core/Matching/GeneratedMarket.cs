using System.Globalization;
using Iljari.Core.Data.DemoData;
using Iljari.Core.Domain.Postings;
using Iljari.Matching;

namespace Iljari.Core.Matching;

/// <summary>
/// A labour market from the demo generator, straight into engine inputs without a database: used by the
/// benchmark at city scale (100,000 seekers × 50,000 postings) and by property tests.
/// </summary>
public sealed record GeneratedMarket(IReadOnlyList<MatchPosting> OpenPostings, IReadOnlyList<MatchSeeker> Seekers)
{
    public static GeneratedMarket Create(DemoDataSize size, int seed = DemoDataGenerator.DefaultSeed)
    {
        var generator = new DemoDataGenerator(seed, new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc));
        var companies = generator.Companies(size.Companies);
        // Ids as a database would give them, so postings carry their company (diversification needs it).
        for (var i = 0; i < companies.Count; i++) companies[i].Id = i + 1;
        var postings = generator.Postings(companies, size.Postings)
            .Select((p, i) => (p, i))
            .Where(x => x.p.Status == PostingStatus.Open)
            .Select(x => x.p.ToMatch("P" + x.i.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var seekers = generator.Seekers(size.Seekers)
            .Select((s, i) => s.Profile.ToMatch(id: "S" + i.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new GeneratedMarket(postings, seekers);
    }
}
