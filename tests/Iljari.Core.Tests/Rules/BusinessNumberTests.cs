using Iljari.Core.Domain.Accounts;

namespace Iljari.Core.Tests.Rules;

public class BusinessNumberTests
{
    [Theory]
    [InlineData("220-81-62517")] // a well-known valid number (published on a large company's site)
    [InlineData("2208162517")]
    [InlineData("124-81-00998")]
    public void Valid_numbers_pass_the_check_digit(string number) => Assert.Null(BusinessNumber.Validate(number));

    [Theory]
    [InlineData("220-81-62518")]
    [InlineData("1234567890")]
    public void A_wrong_check_digit_is_refused_in_Korean(string number) =>
        Assert.Equal("유효하지 않은 사업자등록번호입니다. 번호를 다시 확인해 주세요.", BusinessNumber.Validate(number));

    [Theory]
    [InlineData("")]
    [InlineData("123-45-6789")]
    [InlineData("12a4567890")]
    public void Malformed_input_gets_a_format_message(string number) => Assert.NotNull(BusinessNumber.Validate(number));

    [Fact]
    public void Exactly_one_check_digit_fits_any_nine_digits()
    {
        for (var n = 100_000_000; n < 100_000_000 + 2_000; n += 7)
        {
            var nine = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var valid = Enumerable.Range(0, 10).Count(d => BusinessNumber.IsValid(nine + d));
            Assert.Equal(1, valid);
            Assert.StartsWith(nine, BusinessNumber.WithCheckDigit(nine), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Format_inserts_dashes() => Assert.Equal("220-81-62517", BusinessNumber.Format("2208162517"));
}
