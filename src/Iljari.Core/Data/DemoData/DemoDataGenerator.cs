using Bogus;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;

namespace Iljari.Core.Data.DemoData;

/// <summary>How much demo data to make.</summary>
public sealed record DemoDataSize(int Companies, int Postings, int Seekers)
{
    public static readonly DemoDataSize Demo = new(220, 1_200, 2_100);
    public static readonly DemoDataSize Tiny = new(12, 60, 30);
    public static readonly DemoDataSize Bench = new(2_000, 50_000, 100_000);
}

/// <summary>
/// Deterministic demo data: the same seed and reference time give the same agencies, companies, postings and seekers.
/// Pure (no database); <see cref="DemoDataSeeder"/> writes it.
/// </summary>
public sealed class DemoDataGenerator(int seed, DateTime nowUtc)
{
    public const int DefaultSeed = 20261124;

    private readonly Faker _f = new("ko") { Random = new Randomizer(seed) };
    private readonly HashSet<string> _businessNumbers = [];
    private static readonly ReferenceCatalog Refs = ReferenceCatalog.Instance;
    private static readonly string[] Dongs = Refs.Regions.AtLevel("dong").Select(d => d.Code).ToArray();

    public static IReadOnlyList<Agency> Agencies(DateTime nowUtc) =>
    [
        new() { Name = "고양고용센터", Code = "GOYANG-EMP", Phone = "031-920-3900", CreatedAt = nowUtc },
        new() { Name = "고양시 일자리센터", Code = "GOYANG-JOB", Phone = "031-8075-3232", CreatedAt = nowUtc },
        new() { Name = "여성새로일하기센터", Code = "GOYANG-WOMEN", Phone = "031-970-3333", CreatedAt = nowUtc },
        new() { Name = "고양시 노인일자리 수행기관", Code = "GOYANG-SENIOR", Phone = "031-938-7500", CreatedAt = nowUtc },
        new() { Name = "청년창업지원센터", Code = "GOYANG-YOUTH", Phone = "031-8075-3100", CreatedAt = nowUtc },
        new() { Name = "중장년일자리희망센터", Code = "GOYANG-MIDDLE", Phone = "031-931-7400", CreatedAt = nowUtc },
        new() { Name = "고양시 사회적경제지원센터", Code = "GOYANG-SOCIAL", Phone = "031-8075-3550", CreatedAt = nowUtc },
        new() { Name = "고양시 소상공인지원센터", Code = "GOYANG-MERCHANT", Phone = "031-8075-3450", CreatedAt = nowUtc },
        new() { Name = "고양시 일자리정책과", Code = "GOYANG-CITY", Phone = "031-8075-3000", IsCityOffice = true, CreatedAt = nowUtc },
    ];

    public IReadOnlyList<Company> Companies(int count)
    {
        var weighted = DemoCatalog.Industries.SelectMany(i => Enumerable.Repeat(i, i.Weight)).ToArray();
        var companies = new List<Company>(count);
        for (var i = 0; i < count; i++)
        {
            // Round-robin first, so even a tiny set covers every industry.
            var industry = i < DemoCatalog.Industries.Length ? DemoCatalog.Industries[i] : _f.PickRandom(weighted);
            var dong = _f.PickRandom(Dongs);
            var gu = Refs.Regions.Find(Refs.Regions.Find(dong)!.ParentCode)!;
            var name = $"{_f.PickRandom(DemoCatalog.PlacePrefixes)} {_f.PickRandom(industry.CompanySuffixes)}";
            companies.Add(new Company
            {
                Name = _f.Random.Bool(0.25f) ? "(주)" + name.Replace(" ", "", StringComparison.Ordinal) : name,
                BusinessNumber = NewBusinessNumber(),
                IndustryCode = industry.Ksic,
                Size = _f.Random.WeightedRandom([CompanySize.Micro, CompanySize.Small, CompanySize.Medium, CompanySize.Large], [0.35f, 0.45f, 0.15f, 0.05f]),
                Address = $"경기도 고양시 {gu.Name} {Refs.Regions.NameOf(dong)} {_f.Random.Number(1, 999)}-{_f.Random.Number(1, 30)}",
                RegionCode = dong,
                ContactName = PersonName(),
                ContactPhone = $"031-{_f.Random.Number(900, 979)}-{_f.Random.Number(1000, 9999)}",
                Introduction = $"{gu.Name}에 있는 {industry.Name} 기업입니다.",
                CreatedAt = nowUtc.AddDays(-_f.Random.Number(30, 900)),
            });
        }
        return companies;
    }

    /// <summary>Postings for companies that already have ids; about 80 % open, 10 % draft, 7 % closed, 3 % filled.</summary>
    public IEnumerable<JobPosting> Postings(IReadOnlyList<Company> companies, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var company = companies[i < companies.Count ? i : _f.Random.Number(companies.Count - 1)];
            var industry = DemoCatalog.Industries.First(x => x.Ksic == company.IndustryCode);
            yield return Posting(company, _f.PickRandom(industry.Jobs));
        }
    }

    private JobPosting Posting(Company company, DemoJob job)
    {
        var published = nowUtc.AddHours(-_f.Random.Number(1, 40 * 24));
        var fields = new PostingTextWriter(_f).Fields(company, job, closeDate: DateOnly.FromDateTime(nowUtc.AddHours(9)).AddDays(_f.Random.Number(3, 60)));
        var roll = _f.Random.Double();
        if (roll < 0.10) return JobPosting.Draft(company.Id, fields, nowUtc);
        var posting = JobPosting.Draft(company.Id, fields, published);
        posting.Apply(PostingAction.Publish, published);
        if (roll > 0.97) posting.Apply(PostingAction.MarkFilled, nowUtc);
        else if (roll > 0.90) posting.Apply(PostingAction.Close, nowUtc);
        return posting;
    }

    /// <summary>Seeker accounts with profiles; the caller sets password hashes and roles.</summary>
    public IEnumerable<(AppUser User, SeekerProfile Profile)> Seekers(int count)
    {
        var jobs = DemoCatalog.Industries.SelectMany(i => i.Jobs).ToArray();
        for (var i = 1; i <= count; i++)
        {
            var email = $"seeker{i:00000}@demo.iljari.kr";
            var name = PersonName();
            var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = nowUtc.AddDays(-_f.Random.Number(1, 700)) };
            yield return (user, new SeekerProfileWriter(_f, nowUtc).Profile(user, name, _f.PickRandom(jobs), jobs));
        }
    }

    internal string PersonName() => _f.Name.LastName() + _f.Name.FirstName();

    private string NewBusinessNumber()
    {
        while (true)
        {
            var nine = $"{_f.Random.Number(101, 899)}{_f.PickRandom("81", "86", "87", "01", "05", "11", "23")}{_f.Random.Number(1000, 9999)}";
            var number = BusinessNumber.WithCheckDigit(nine);
            if (_businessNumbers.Add(number)) return number;
        }
    }
}
