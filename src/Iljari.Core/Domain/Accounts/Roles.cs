namespace Iljari.Core.Domain.Accounts;

/// <summary>The five roles of DESIGN.md §1. Names are stable identifiers; labels are what users read.</summary>
public static class Roles
{
    public const string Seeker = "Seeker";
    public const string Employer = "Employer";
    public const string Counselor = "Counselor";
    public const string AgencyAdmin = "AgencyAdmin";
    public const string CityAdmin = "CityAdmin";

    /// <summary>Everyone who works for an agency or the city.</summary>
    public const string Staff = Counselor + "," + AgencyAdmin + "," + CityAdmin;

    public static readonly IReadOnlyList<string> All = [Seeker, Employer, Counselor, AgencyAdmin, CityAdmin];

    public static string Label(string role) => role switch
    {
        Seeker => "구직자",
        Employer => "기업 담당자",
        Counselor => "상담사",
        AgencyAdmin => "기관 관리자",
        CityAdmin => "시 관리자",
        _ => role,
    };
}
