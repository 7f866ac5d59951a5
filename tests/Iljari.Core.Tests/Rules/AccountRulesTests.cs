using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Seekers;

namespace Iljari.Core.Tests.Rules;

public class AccountRulesTests
{
    [Theory]
    [InlineData("abcd1234", null)]
    [InlineData("한글비밀번호1234", null)]
    [InlineData("abcd!efg", null)]
    [InlineData("abcdefgh", "비밀번호는 영문, 숫자, 특수문자 중 2종류 이상을 섞어야 합니다.")]
    [InlineData("12345678", "비밀번호는 영문, 숫자, 특수문자 중 2종류 이상을 섞어야 합니다.")]
    [InlineData("ab12", "비밀번호는 8자 이상이어야 합니다.")]
    public void Passwords_need_eight_characters_of_two_kinds(string password, string? expected) =>
        Assert.Equal(expected, PasswordRules.Validate(password));

    [Theory]
    [InlineData("주민번호 900101-1234567 입니다", true)]
    [InlineData("9001011234567", true)]
    [InlineData("연락처 010-1234-5678", false)]
    [InlineData("2022-03 입사", false)]
    public void Resident_registration_numbers_are_detected_in_free_text(string text, bool expected) =>
        Assert.Equal(expected, SeekerProfileRules.ContainsResidentNumber(text));

    [Fact]
    public void A_profile_with_a_resident_number_in_the_introduction_is_refused()
    {
        var profile = new SeekerProfile
        {
            Name = "홍길동", BirthYear = 1990, BirthMonth = 1, Phone = "010-1234-5678", DesiredOccupations = ["532"],
            Introduction = "제 주민등록번호는 900101-1234567 입니다.",
        };
        var errors = SeekerProfileRules.Validate(profile, new DateOnly(2026, 11, 24));
        Assert.Contains(errors, e => e.Field == "Introduction" && e.Message.Contains("주민등록번호", StringComparison.Ordinal));
    }

    [Fact]
    public void Birth_year_must_be_plausible_and_occupations_known()
    {
        var profile = new SeekerProfile { Name = "홍길동", BirthYear = 2020, BirthMonth = 13, Phone = "02-123", DesiredOccupations = ["999"] };
        var fields = SeekerProfileRules.Validate(profile, new DateOnly(2026, 11, 24)).Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "BirthYear", "BirthMonth", "Phone", "DesiredOccupations" }, fields);
    }
}
