namespace Iljari.Matching.Tests;

public class ReasonTests
{
    [Fact]
    public void A_good_pair_says_why_in_specific_korean()
    {
        var r = A.Engine.Explain(A.Seeker(), A.Posting());

        Assert.Contains("희망 직무 일치(바리스타)", r.Reasons);
        Assert.Contains(r.Reasons, x => x.StartsWith("희망 직종 일치(", StringComparison.Ordinal) || x.StartsWith("요구 자격증 보유: 바리스타 2급", StringComparison.Ordinal));
        Assert.True(r.Score > 80, $"score {r.Score}");
        Assert.Empty(r.Gaps);
    }

    [Fact]
    public void Region_reason_names_the_gu_and_dong()
    {
        var r = A.Engine.Explain(A.Seeker() with { DesiredTitles = [] }, A.Posting());

        Assert.Contains("일산동구 장항동 근무", r.Reasons);
    }

    [Fact]
    public void Pay_at_or_above_the_wish_is_a_reason_and_below_is_a_gap()
    {
        var good = A.Engine.Explain(A.Seeker(), A.Posting());
        var low = A.Engine.Explain(A.Seeker(), A.Posting() with { MinSalary = 2_000_000, MaxSalary = null });

        Assert.Contains(good.Reasons, x => x == "희망 급여 이상");
        Assert.Contains("희망 급여보다 13% 낮음", low.Gaps);
        Assert.True(low.Score < good.Score);
    }

    [Fact]
    public void Missing_experience_is_named_in_years()
    {
        var posting = A.Posting() with { Career = CareerRule.Experienced, CareerYears = 3 };

        var r = A.Engine.Explain(A.Seeker(), posting);

        Assert.Contains("경력 1년 부족", r.Gaps);
    }

    [Fact]
    public void Missing_certificate_is_a_gap_and_held_one_a_reason()
    {
        var needsOther = A.Posting() with { Certificates = ["조리기능사"] };

        Assert.Contains("자격증 없음: 조리기능사", A.Engine.Explain(A.Seeker(), needsOther).Gaps);
        Assert.Contains("요구 자격증 보유: 바리스타 2급", A.Engine.Explain(A.Seeker(), A.Posting()).Reasons);
    }

    [Fact]
    public void A_higher_grade_certificate_covers_a_lower_one()
    {
        var seeker = A.Seeker() with { Certificates = ["바리스타1급"] };

        Assert.Contains("요구 자격증 보유: 바리스타 2급", A.Engine.Explain(seeker, A.Posting()).Reasons);
        Assert.False(PairScorer.CertificateSatisfies("바리스타2급", "바리스타1급"));
    }

    [Fact]
    public void At_most_two_gaps_are_reported()
    {
        var bad = A.Posting() with
        {
            RegionCode = A.Paju, MinSalary = 1_900_000, MaxSalary = null, Career = CareerRule.Experienced, CareerYears = 5,
            Certificates = ["조리기능사"], EmploymentType = "20", Education = 5,
        };

        var r = A.Engine.Explain(A.Seeker(), bad);

        Assert.InRange(r.Gaps.Count, 1, 2);
        Assert.True(r.Score < 60, $"score {r.Score}");
    }

    [Fact]
    public void A_pair_only_one_side_wants_ranks_below_a_pair_both_want()
    {
        var both = A.Engine.Explain(A.Seeker(), A.Posting());
        // The job fits the seeker's wishes perfectly, but the employer wants 5 years, a degree and another licence.
        var onlySeeker = A.Engine.Explain(A.Seeker(), A.Posting() with
        {
            Career = CareerRule.Experienced, CareerYears = 6, Education = 5, Certificates = ["조리기능사", "위생사"],
        });
        // The seeker has everything, but the job is far, badly paid and short-term.
        var onlyEmployer = A.Engine.Explain(A.Seeker(), A.Posting() with
        {
            RegionCode = "1150000000", MinSalary = 1_700_000, MaxSalary = null, EmploymentType = "21", HoursPerWeek = 52,
        });

        Assert.True(onlySeeker.Score < both.Score - 25, $"{onlySeeker.Score} vs {both.Score}");
        Assert.True(onlyEmployer.Score < both.Score - 25, $"{onlyEmployer.Score} vs {both.Score}");
    }

    [Fact]
    public void Occupation_hierarchy_orders_same_code_then_minor_then_major_then_unrelated()
    {
        var seeker = A.Seeker() with { DesiredTitles = [], CareerHistory = [], Skills = [] };
        double Score(string code) => A.Engine.Explain(seeker, A.Posting() with { OccupationCode = code, Title = "직원 모집", Skills = [] }).Score;

        Assert.True(Score("532") > Score("531"));  // same 중분류 53
        Assert.True(Score("531") > Score("511"));  // same 대분류 5
        Assert.True(Score("511") > Score("027"));
        Assert.Equal(0, Score("027"));             // unrelated: never recommended
    }

    [Fact]
    public void Commute_distance_is_used_when_both_places_have_coordinates()
    {
        var seeker = A.Seeker() with { Location = new GeoPoint(37.658, 126.770) };
        var near = A.Posting() with { Location = new GeoPoint(37.668, 126.760) };
        var far = A.Posting() with { Location = new GeoPoint(37.480, 126.990) };

        var r = A.Engine.Explain(seeker, near);

        Assert.Contains(r.Reasons, x => x.StartsWith("통근 약 1km", StringComparison.Ordinal));
        Assert.True(A.Engine.Explain(seeker, far).Score < r.Score);
    }
}
