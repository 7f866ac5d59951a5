using Iljari.Core.Domain.Common;

namespace Iljari.Core.Tests.Rules;

/// <summary>List masking (홍*동, 010-****-5678, a***@domain) with Korean and foreign edge cases.</summary>
public class MaskingTests
{
    [Theory]
    [InlineData("홍길동", "홍*동")]
    [InlineData("김수", "김*")]
    [InlineData("이", "*")]
    [InlineData("남궁민수", "남**수")]
    [InlineData("황보 길동", "황* *동")]
    [InlineData("John Smith", "J*** ****h")]
    [InlineData("  Nguyen Van A  ", "N***** *** A")]
    [InlineData("A B", "A *")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Names_keep_the_first_and_last_letter(string? name, string masked) => Assert.Equal(masked, Masking.Name(name));

    [Fact]
    public void A_masked_name_never_contains_the_middle_letters()
    {
        foreach (var name in new[] { "홍길동", "남궁민수", "제갈공명이", "Maria Garcia Lopez" })
        {
            var masked = Masking.Name(name);
            Assert.Equal(name.Length, masked.Length);
            Assert.DoesNotContain(name.Trim()[1..^1].Replace(" ", ""), masked.Replace("*", "").Replace(" ", ""), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("010-1234-5678", "010-****-5678")]
    [InlineData("01012345678", "010-****-5678")]
    [InlineData("031-900-1111", "031-****-1111")]
    [InlineData("02-123-4567", "02-****-4567")]
    [InlineData("1234", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Phones_keep_the_first_group_and_the_last_four_digits(string? phone, string masked) => Assert.Equal(masked, Masking.Phone(phone));

    [Theory]
    [InlineData("hong@example.kr", "h***@example.kr")]
    [InlineData("a@b.kr", "a***@b.kr")]
    [InlineData("홍길동@회사.한국", "홍***@회사.한국")]
    [InlineData("not-an-address", "***")]
    [InlineData("@example.kr", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Emails_keep_the_first_letter_and_the_domain(string? email, string masked) => Assert.Equal(masked, Masking.Email(email));
}
