using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Infrastructure;

/// <summary>Identity's messages in Korean, as users of a Korean public service expect.</summary>
public sealed class KoreanIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "알 수 없는 오류가 발생했습니다.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "다른 곳에서 먼저 변경되었습니다. 다시 시도해 주세요.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "비밀번호가 올바르지 않습니다.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "유효하지 않은 토큰입니다.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "이미 연결된 계정입니다.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "아이디에 사용할 수 없는 문자가 있습니다.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "올바른 이메일 주소를 입력해 주세요.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "이미 가입된 이메일입니다.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "이미 가입된 이메일입니다.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "잘못된 역할 이름입니다.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "이미 있는 역할입니다.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "이미 비밀번호가 설정되어 있습니다.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "계정 잠금이 설정되지 않았습니다.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "이미 해당 역할이 있습니다.");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "해당 역할이 없습니다.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"비밀번호는 {length}자 이상이어야 합니다.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "비밀번호에 특수문자를 넣어 주세요.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "비밀번호에 숫자를 넣어 주세요.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "비밀번호에 영문 소문자를 넣어 주세요.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "비밀번호에 영문 대문자를 넣어 주세요.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"비밀번호에 서로 다른 문자를 {uniqueChars}개 이상 넣어 주세요.");
}
