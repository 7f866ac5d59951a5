using Iljari.Core.Domain.Codes;
using Iljari.Core.Search;

namespace Iljari.Core.Tests.Search;

public sealed class LucenePostingIndexTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly LucenePostingIndex _index = new();

    private static PostingDocument Doc(int id, string title, string occupation = "532", string region = "4128510400",
        long salary = 2_300_000, bool open = true, int closeInDays = 20, int publishedDaysAgo = 1,
        CareerRequirement career = CareerRequirement.Any, EducationLevel education = EducationLevel.Any,
        EmploymentType type = EmploymentType.Permanent, string description = "업무 설명", string company = "고양 상사") =>
        new(id, open, title, company, occupation, region, salary, salary, career, education, type, description, null,
            Today.AddDays(closeInDays), new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc).AddDays(-publishedDaysAgo));

    public LucenePostingIndexTests() => _index.Rebuild(
    [
        Doc(1, "일산 호수공원 카페 바리스타 모집", publishedDaysAgo: 3, closeInDays: 5),
        Doc(2, "요양보호사 채용 (주 5일)", occupation: "550", region: "4128110100", salary: 2_400_000, publishedDaysAgo: 1),
        Doc(3, "세무회계 경리 사무원 구합니다", occupation: "027", region: "4128710100", salary: 2_800_000, career: CareerRequirement.Experienced),
        Doc(4, "소프트웨어 개발자 (C#)", occupation: "133", region: "4128500000", salary: 4_500_000, education: EducationLevel.University),
        Doc(5, "마감된 바리스타 공고", open: false),
        Doc(6, "기한 지난 바리스타 공고", closeInDays: -1),
        Doc(7, "덕양구 카페 홀서빙", region: "4128111100", description: "바리스타 보조 업무 포함", type: EmploymentType.PermanentPartTime, salary: 1_500_000),
    ]);

    private IReadOnlyList<int> Ids(PostingQuery q) => _index.Search(q, Today).PostingIds;

    [Theory]
    [InlineData("바리", new[] { 1, 7 })]
    [InlineData("바리스타를", new[] { 1, 7 })]
    [InlineData("요양", new[] { 2 })]
    [InlineData("경리", new[] { 3 })]
    [InlineData("개발자", new[] { 4 })]
    public void Korean_keywords_find_open_postings_only(string keyword, int[] expected) =>
        Assert.Equal(expected.Order(), Ids(new PostingQuery { Keyword = keyword }).Order());

    [Fact]
    public void A_title_match_ranks_above_a_description_match() =>
        Assert.Equal([1, 7], Ids(new PostingQuery { Keyword = "바리스타" }));

    [Fact]
    public void A_gu_filter_includes_its_dongs_and_a_dong_filter_is_exact()
    {
        Assert.Equal([2, 7], Ids(new PostingQuery { RegionCode = "4128100000" }).Order());
        Assert.Equal([2], Ids(new PostingQuery { RegionCode = "4128110100" }));
    }

    [Fact]
    public void Occupation_salary_career_education_and_type_filters_apply()
    {
        Assert.Equal([1, 7], Ids(new PostingQuery { OccupationCode = "5" }).Intersect([1, 7]).Order());
        Assert.Equal([1, 7], Ids(new PostingQuery { OccupationCode = "532" }).Order());
        Assert.Equal([3, 4], Ids(new PostingQuery { MinMonthlySalary = 2_700_000 }).Order());
        Assert.Equal([3], Ids(new PostingQuery { Career = CareerRequirement.Experienced }));
        Assert.DoesNotContain(4, Ids(new PostingQuery { Education = EducationLevel.HighSchool }));
        Assert.Equal([7], Ids(new PostingQuery { EmploymentType = EmploymentType.PermanentPartTime }));
    }

    [Fact]
    public void Sorts_order_by_latest_and_by_closing_date()
    {
        Assert.Equal(2, Ids(new PostingQuery { Sort = PostingSort.Latest })[0]);
        Assert.Equal(1, Ids(new PostingQuery { Sort = PostingSort.ClosingSoon })[0]);
    }

    [Fact]
    public void Facets_count_every_match_not_only_the_page()
    {
        var result = _index.Search(new PostingQuery { PageSize = 1 }, Today);
        Assert.Equal(5, result.Total);
        Assert.Single(result.PostingIds);
        var gu = result.Facets[Facets.Gu].ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(2, gu["4128100000"]);
        Assert.Equal(2, gu["4128500000"]);
        Assert.Equal(1, gu["4128700000"]);
        Assert.Equal("덕양구", result.Facets[Facets.Gu].First(f => f.Value == "4128100000").Label);
        Assert.Equal(5, result.Facets[Facets.EmploymentType].Sum(f => f.Count));
    }

    [Fact]
    public void Paging_returns_disjoint_pages()
    {
        var first = Ids(new PostingQuery { PageSize = 2, Page = 1, Sort = PostingSort.Latest });
        var second = Ids(new PostingQuery { PageSize = 2, Page = 2, Sort = PostingSort.Latest });
        Assert.Equal(2, first.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void Upserting_a_closed_posting_removes_it_and_reopening_adds_it_back()
    {
        _index.Upsert(Doc(1, "일산 호수공원 카페 바리스타 모집", open: false));
        Assert.DoesNotContain(1, Ids(new PostingQuery { Keyword = "바리스타" }));
        _index.Upsert(Doc(1, "일산 호수공원 카페 바리스타 모집"));
        Assert.Contains(1, Ids(new PostingQuery { Keyword = "바리스타" }));
        _index.Remove(1);
        Assert.Equal(5, _index.Count); // 6 open documents (one past its close date is kept, filtered at query time) minus the removed one
    }

    [Theory]
    [InlineData("\"(*?~")]
    [InlineData("C++")]
    [InlineData("AND OR NOT")]
    [InlineData("")]
    public void Hostile_keywords_never_throw(string keyword) =>
        Assert.True(_index.Search(new PostingQuery { Keyword = keyword }, Today).Total >= 0);

    [Fact]
    public void Suggest_completes_partial_words_from_titles_and_occupations()
    {
        var s = _index.Suggest("바리");
        Assert.Contains("일산 호수공원 카페 바리스타 모집", s);
        Assert.Contains("요양보호사 채용 (주 5일)", _index.Suggest("요양"));
        Assert.Contains("소프트웨어 개발자", _index.Suggest("소프트"));
        Assert.Empty(_index.Suggest("  "));
    }

    public void Dispose() => _index.Dispose();
}
