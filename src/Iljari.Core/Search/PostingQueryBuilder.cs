using Iljari.Core.Domain.Codes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static Iljari.Core.Search.PostingFields;

namespace Iljari.Core.Search;

/// <summary>
/// Turns a <see cref="PostingQuery"/> into Lucene queries without the classic query parser, so user input such as
/// <c>C++ "(*?</c> is only ever text and can never be a syntax error.
/// </summary>
internal static class PostingQueryBuilder
{
    /// <summary>Share of a keyword's bigrams a posting must contain: tolerant of one odd word, strict enough to rank.</summary>
    private const double MinimumShouldMatch = 0.6;

    public static Query Build(PostingQuery q, DateOnly today, KoreanAnalyzer analyzer)
    {
        var filters = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(Close, DateKey(today), null, true, true), Occur.MUST },
        };
        if (q.RegionCode is { Length: > 0 } region)
        {
            var isGu = ReferenceCatalog.Instance.Regions.Find(region)?.Level == "gu";
            filters.Add(new TermQuery(new Term(isGu ? Gu : Region, region)), Occur.MUST);
        }
        if (q.OccupationCode is { Length: > 0 } occupation) filters.Add(new TermQuery(new Term(Occupation, occupation)), Occur.MUST);
        if (q.MinMonthlySalary is { } min) filters.Add(NumericRangeQuery.NewInt64Range(SalaryMax, min, null, true, true), Occur.MUST);
        if (q.Career is { } career) filters.Add(new TermQuery(new Term(Career, career.ToString())), Occur.MUST);
        if (q.Education is { } education) filters.Add(NumericRangeQuery.NewInt32Range(Education, 0, (int)education, true, true), Occur.MUST);
        if (q.EmploymentType is { } type) filters.Add(new TermQuery(new Term(Employment, type.ToString())), Occur.MUST);

        return new FilteredQuery(Keyword(q.Keyword, analyzer), new QueryWrapperFilter(filters));
    }

    private static Query Keyword(string? keyword, KoreanAnalyzer analyzer)
    {
        var terms = string.IsNullOrWhiteSpace(keyword) ? [] : analyzer.Terms(keyword).Distinct().Take(32).ToList();
        if (terms.Count == 0) return new MatchAllDocsQuery();
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var anyField = new BooleanQuery();
            foreach (var (field, boost) in TextFields)
                anyField.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            query.Add(anyField, Occur.SHOULD);
        }
        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(terms.Count * MinimumShouldMatch));
        return query;
    }
}
