using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Tests.Rules;

public class MinimumWageTests
{
    [Theory]
    [InlineData(SalaryType.Hourly, 40, 10_320)]
    [InlineData(SalaryType.Daily, 40, 82_560)]
    [InlineData(SalaryType.Monthly, 40, 2_156_880)]
    [InlineData(SalaryType.Yearly, 40, 25_882_560)]
    [InlineData(SalaryType.Monthly, 20, 1_078_440)]
    [InlineData(SalaryType.Monthly, 52, 2_156_880)]
    public void Minimum_for_each_salary_type_follows_the_2026_notice(SalaryType type, int hours, long expected) =>
        Assert.Equal(expected, MinimumWage.MinimumFor(type, hours));

    [Fact]
    public void Pay_exactly_at_the_minimum_is_accepted_and_one_won_less_is_refused()
    {
        Assert.Null(MinimumWage.Check(SalaryType.Hourly, 10_320, 40));
        Assert.Equal("시급은(는) 2026년 최저임금 기준 10,320원 이상이어야 합니다.", MinimumWage.Check(SalaryType.Hourly, 10_319, 40));
        Assert.Null(MinimumWage.Check(SalaryType.Monthly, 2_156_880, 40));
        Assert.NotNull(MinimumWage.Check(SalaryType.Monthly, 2_156_879, 40));
    }

    [Fact]
    public void Monthly_equivalents_let_salary_types_be_compared()
    {
        Assert.Equal(2_156_880, MinimumWage.ToMonthly(SalaryType.Hourly, 10_320));
        Assert.Equal(3_000_000, MinimumWage.ToMonthly(SalaryType.Yearly, 36_000_000));
        Assert.Equal(2_500_000, MinimumWage.ToMonthly(SalaryType.Monthly, 2_500_000));
    }
}
