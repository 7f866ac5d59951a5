using Iljari.Core.Domain.Partners;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Security;

/// <summary>The columns of the access table: who knocks.</summary>
public enum Visitor { Anonymous, Seeker, OtherSeeker, Employer, OtherEmployer, Counselor, OtherAgencyCounselor, AgencyAdmin, CityAdmin, PartnerToken }

/// <summary>
/// One signed-in client per account. "Counselor" is the counselor of the agency that owns the records on the page
/// (the 일자리센터, or the 사회적경제/소상공인 desk for their pages) and "other agency counselor" one from elsewhere.
/// </summary>
public sealed class Visitors
{
    public const string OtherSeekerEmail = "other-seeker@example.kr";
    private readonly Dictionary<string, HttpClient> _byAccount = [];
    private HttpClient _anonymous = null!, _token = null!;

    /// <summary>The id of the partner token the last column signs with.</summary>
    public int TokenId { get; private set; }

    public static async Task<Visitors> SignInAsync(IljariApp app)
    {
        var v = new Visitors { _anonymous = app.Client(), _token = app.WithToken(await app.TokenAsync([.. ApiScopes.All.Keys])) };
        v.TokenId = await app.WithDbAsync(db => db.ApiTokens.MaxAsync(t => t.Id)); // the one just issued
        foreach (var email in new[] { DemoAccounts.Seeker, DemoAccounts.Employer, DemoAccounts.Counselor, DemoAccounts.PartnerCounselor,
                     DemoAccounts.SocialCounselor, DemoAccounts.MerchantCounselor, DemoAccounts.AgencyAdmin, DemoAccounts.CityAdmin })
            v._byAccount[email] = await app.SignedInAsync(email);
        v._byAccount["employer2"] = await app.ForeignEmployerAsync();
        v._byAccount[OtherSeekerEmail] = await OtherSeekerAsync(app);
        return v;
    }

    public HttpClient For(Visitor visitor, string route)
    {
        var desk = route.StartsWith("/Staff/SocialEconomy", StringComparison.Ordinal) ? DemoAccounts.SocialCounselor
            : route.StartsWith("/Staff/SmeSupport", StringComparison.Ordinal) || route.StartsWith("/Staff/Finance", StringComparison.Ordinal) ? DemoAccounts.MerchantCounselor
            : DemoAccounts.Counselor;
        return visitor switch
        {
            Visitor.Anonymous => _anonymous,
            Visitor.PartnerToken => _token,
            Visitor.Seeker => _byAccount[DemoAccounts.Seeker],
            Visitor.OtherSeeker => _byAccount[OtherSeekerEmail],
            Visitor.Employer => _byAccount[DemoAccounts.Employer],
            Visitor.OtherEmployer => _byAccount["employer2"],
            Visitor.Counselor => _byAccount[desk],
            Visitor.OtherAgencyCounselor => _byAccount[desk == DemoAccounts.Counselor ? DemoAccounts.PartnerCounselor : DemoAccounts.Counselor],
            Visitor.AgencyAdmin => _byAccount[DemoAccounts.AgencyAdmin],
            Visitor.CityAdmin => _byAccount[DemoAccounts.CityAdmin],
            _ => throw new ArgumentOutOfRangeException(nameof(visitor)),
        };
    }

    /// <summary>A second seeker, signed up through the form.</summary>
    private static async Task<HttpClient> OtherSeekerAsync(IljariApp app)
    {
        const string password = "other-seeker-1";
        if (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == OtherSeekerEmail))) return await app.SignedInAsync(OtherSeekerEmail, password);
        var client = app.Client();
        var signUp = await Forms.PostAsync(client, "/Account/Register", new()
        {
            ["Input.Email"] = OtherSeekerEmail, ["Input.Name"] = "서다른", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password, ["Input.Consent"] = "true",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signUp.StatusCode);
        return client;
    }
}
