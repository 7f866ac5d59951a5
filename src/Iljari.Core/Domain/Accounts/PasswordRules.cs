namespace Iljari.Core.Domain.Accounts;

/// <summary>
/// Password rule of DESIGN.md §4 (after 개인정보의 안전성 확보조치 기준 guidance): at least 8 characters
/// of 2 or more kinds (upper/lower letters count as one kind: letters, digits, symbols).
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 8;

    public static int KindCount(string password)
    {
        var kinds = 0;
        if (password.Any(char.IsAsciiLetter)) kinds++;
        if (password.Any(char.IsAsciiDigit)) kinds++;
        if (password.Any(c => !char.IsAsciiLetterOrDigit(c) && !char.IsWhiteSpace(c))) kinds++;
        return kinds;
    }

    public static string? Validate(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength) return "비밀번호는 8자 이상이어야 합니다.";
        return KindCount(password) >= 2 ? null : "비밀번호는 영문, 숫자, 특수문자 중 2종류 이상을 섞어야 합니다.";
    }
}
