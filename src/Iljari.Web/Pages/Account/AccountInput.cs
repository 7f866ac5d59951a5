using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;

namespace Iljari.Web.Pages.Account;

/// <summary>What every self sign-up asks for.</summary>
public class AccountInput : IValidatableObject
{
    [Required(ErrorMessage = "이메일을 입력해 주세요."), EmailAddress(ErrorMessage = "올바른 이메일 주소를 입력해 주세요."), StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "이름을 입력해 주세요."), StringLength(30, ErrorMessage = "이름은 30자 이내로 입력해 주세요.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "비밀번호를 입력해 주세요."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "비밀번호를 한 번 더 입력해 주세요."), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public bool Consent { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PasswordRules.Validate(Password) is { } pw && Password.Length > 0) yield return new(pw, [nameof(Password)]);
        if (ConfirmPassword.Length > 0 && ConfirmPassword != Password)
            yield return new("비밀번호 확인이 일치하지 않습니다.", [nameof(ConfirmPassword)]);
        if (!Consent) yield return new("개인정보 수집·이용에 동의해야 가입할 수 있습니다.", [nameof(Consent)]);
    }
}
