namespace Iljari.Core.Domain.Accounts;

/// <summary>An agency (기관) or a company (기업). Stored in one table with a discriminator.</summary>
public abstract class Organisation
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>One of the agencies under the 고용복지플러스센터 roof, or the city's 일자리정책과.</summary>
public class Agency : Organisation
{
    /// <summary>Short stable code, e.g. "GOYANG-JOB".</summary>
    public string Code { get; set; } = "";
    public bool IsCityOffice { get; set; }
    public string? Phone { get; set; }
}

/// <summary>기업 규모 (상시 근로자 수).</summary>
public enum CompanySize { Micro, Small, Medium, Large }

public static class CompanySizeLabels
{
    public static string Label(this CompanySize s) => s switch
    {
        CompanySize.Micro => "5인 미만",
        CompanySize.Small => "5~49인",
        CompanySize.Medium => "50~299인",
        _ => "300인 이상",
    };
}

/// <summary>A hiring company, identified by its 사업자등록번호.</summary>
public class Company : Organisation
{
    /// <summary>10 digits, no dashes.</summary>
    public string BusinessNumber { get; set; } = "";
    /// <summary>KSIC 10 division (2 digits).</summary>
    public string IndustryCode { get; set; } = "";
    public CompanySize Size { get; set; }
    public string Address { get; set; } = "";
    /// <summary>Region code of goyang-regions (동, 구 or neighbouring city).</summary>
    public string RegionCode { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string? Introduction { get; set; }
}
