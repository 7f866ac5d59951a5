using Iljari.Core.Domain.Accounts;

namespace Iljari.Web.Infrastructure;

/// <summary>One demo account per role (listed in the README). They exist only in demo mode.</summary>
public static class DemoAccounts
{
    public const string Password = "Iljari2026!";

    /// <summary>
    /// Staff must sign in with a second factor (TOTP). Every demo staff account shares this authenticator key, so a person
    /// trying the demo adds it once to an authenticator app ("키 직접 입력", time-based, 6 digits) and the tests compute
    /// the same codes. Base32, 32 characters = 20 bytes. Demo only: real accounts get a random key when they enrol.
    /// </summary>
    public const string AuthenticatorKey = "ILJARIDEMOSTAFFTOTPKEYGOYANGCITY";

    public const string Seeker = "seeker@demo.iljari.kr";
    public const string Employer = "employer@demo.iljari.kr";
    public const string Counselor = "counselor@demo.iljari.kr";
    public const string AgencyAdmin = "agency@demo.iljari.kr";
    public const string CityAdmin = "city@demo.iljari.kr";
    /// <summary>A counselor of another agency (여성새로일하기센터), to show consent-gated sharing and 기관 간 연계.</summary>
    public const string PartnerCounselor = "women@demo.iljari.kr";
    public const string PartnerAgencyCode = "GOYANG-WOMEN";
    /// <summary>Staff of the 사회적경제 지원센터 (social-economy pipeline) and the 소상공인 지원센터 (SME support, 특례보증).</summary>
    public const string SocialCounselor = "social@demo.iljari.kr";
    public const string MerchantCounselor = "merchant@demo.iljari.kr";

    /// <summary>Staff accounts that belong to an agency other than 고양시 일자리센터, by agency code.</summary>
    public static readonly IReadOnlyDictionary<string, string> OtherAgencyOf = new Dictionary<string, string>
    {
        [PartnerCounselor] = PartnerAgencyCode, [SocialCounselor] = "GOYANG-SOCIAL", [MerchantCounselor] = "GOYANG-MERCHANT",
    };

    public static readonly IReadOnlyList<(string Email, string Role, string Name)> All =
    [
        (Seeker, Roles.Seeker, "김하늘"),
        (Employer, Roles.Employer, "박지훈"),
        (Counselor, Roles.Counselor, "이수진"),
        (AgencyAdmin, Roles.AgencyAdmin, "최민호"),
        (CityAdmin, Roles.CityAdmin, "정유나"),
        (PartnerCounselor, Roles.Counselor, "한소희"),
        (SocialCounselor, Roles.Counselor, "윤가람"),
        (MerchantCounselor, Roles.Counselor, "강도윤"),
    ];

    /// <summary>The demo employer's own company, so the employer journey is the same on every demo database.</summary>
    public const string CompanyName = "호수공원 로스터리 카페";
    public const string CompanyBusinessNumber = "1248100998";
}
