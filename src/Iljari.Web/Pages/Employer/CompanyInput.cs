using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;

namespace Iljari.Web.Pages.Employer;

/// <summary>Company profile fields, used at employer sign-up and on the company page.</summary>
public class CompanyInput : IValidatableObject
{
    [Required(ErrorMessage = "회사명을 입력해 주세요."), StringLength(100, ErrorMessage = "회사명은 100자 이내로 입력해 주세요.")]
    public string Name { get; set; } = "";

    public string BusinessNumber { get; set; } = "";

    [Required(ErrorMessage = "업종을 선택해 주세요.")]
    public string IndustryCode { get; set; } = "";

    public CompanySize Size { get; set; } = CompanySize.Small;

    [Required(ErrorMessage = "주소를 입력해 주세요."), StringLength(200, ErrorMessage = "주소는 200자 이내로 입력해 주세요.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "소재지(구·동)를 선택해 주세요.")]
    public string RegionCode { get; set; } = "";

    [Required(ErrorMessage = "담당자 전화번호를 입력해 주세요."), RegularExpression(@"^0\d{1,2}-?\d{3,4}-?\d{4}$", ErrorMessage = "전화번호를 031-123-4567 형식으로 입력해 주세요.")]
    public string ContactPhone { get; set; } = "";

    [StringLength(2000, ErrorMessage = "회사 소개는 2,000자 이내로 입력해 주세요.")]
    public string? Introduction { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Core.Domain.Accounts.BusinessNumber.Validate(BusinessNumber) is { } bn) yield return new(bn, [nameof(BusinessNumber)]);
        if (IndustryCode.Length > 0 && ReferenceCatalog.Instance.Industries.Find(IndustryCode) is not { Level: "division" })
            yield return new("업종을 목록에서 선택해 주세요.", [nameof(IndustryCode)]);
        if (RegionCode.Length > 0 && !ReferenceCatalog.Instance.Regions.Contains(RegionCode))
            yield return new("소재지를 목록에서 선택해 주세요.", [nameof(RegionCode)]);
    }

    public void ApplyTo(Company c, string contactName)
    {
        c.Name = Name.Trim();
        c.IndustryCode = IndustryCode;
        c.Size = Size;
        c.Address = Address.Trim();
        c.RegionCode = RegionCode;
        c.ContactName = contactName;
        c.ContactPhone = ContactPhone.Trim();
        c.Introduction = string.IsNullOrWhiteSpace(Introduction) ? null : Introduction.Trim();
    }

    public static CompanyInput From(Company c) => new()
    {
        Name = c.Name, BusinessNumber = Core.Domain.Accounts.BusinessNumber.Format(c.BusinessNumber), IndustryCode = c.IndustryCode,
        Size = c.Size, Address = c.Address, RegionCode = c.RegionCode, ContactPhone = c.ContactPhone, Introduction = c.Introduction,
    };
}
