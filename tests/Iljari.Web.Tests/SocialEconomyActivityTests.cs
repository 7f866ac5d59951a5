using System.Net;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Activity kinds within their stage, and one course or fair with many enterprises enrolled at once.</summary>
public class SocialEconomyActivityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> EnrolForm(string kind, string title, params int[] enterprises)
    {
        var form = new Dictionary<string, string> { ["Kind"] = kind, ["Title"] = title, ["Date"] = SocialEconomySetup.Today.ToString("yyyy-MM-dd") };
        for (var i = 0; i < enterprises.Length; i++) form[$"Enterprises[{i}]"] = $"{enterprises[i]}";
        return form;
    }

    [Fact]
    public async Task A_fair_enrols_the_ticked_enterprises_once_each_in_the_marketing_stage()
    {
        var a = await app.EnterpriseAsync("일괄 가 협동조합", SocialEconomySetup.Today.AddDays(-10), 3, 1);
        var b = await app.EnterpriseAsync("일괄 나 마을기업", SocialEconomySetup.Today.AddDays(-10), 2, 0, SocialEnterpriseType.Village);
        var c = await app.EnterpriseAsync("일괄 다 자활기업", SocialEconomySetup.Today.AddDays(-10), 5, 4, SocialEnterpriseType.SelfSufficiency);
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        const string page = "/Staff/SocialEconomy/Enrol";
        Assert.Contains("일괄 다 자활기업", await staff.GetStringAsync(page, Ct), StringComparison.Ordinal);

        // Nothing ticked, no name: the form comes back with both messages and nothing is saved.
        var bad = await Forms.PostAsync(staff, page, EnrolForm("Fair", " "), tokenFrom: page);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("등록할 기업을 한 곳 이상 골라 주세요.", html, StringComparison.Ordinal);
        var noTitle = await Forms.PostAsync(staff, page, EnrolForm("Fair", " ", a), tokenFrom: page);
        Assert.Contains("활동명을 입력해 주세요.", await noTitle.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.EnterpriseActivities.AnyAsync(x => x.EnterpriseId == a, Ct)));

        var saved = await Forms.PostAsync(staff, page, EnrolForm("Fair", "고양 사회적경제 장터", a, b), tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // Sent again with one more ticked (a second tab, a double click): only the new one is added.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, page, EnrolForm("Fair", "고양 사회적경제 장터", a, b, c), tokenFrom: page)).StatusCode);
        Assert.Contains("이미 등록된 2곳은 그대로 두었습니다.", await staff.GetStringAsync("/Staff/SocialEconomy", Ct), StringComparison.Ordinal);

        var rows = await app.WithDbAsync(db => db.EnterpriseActivities.AsNoTracking().Where(x => new[] { a, b, c }.Contains(x.EnterpriseId)).ToListAsync(Ct));
        Assert.Equal([a, b, c], rows.Select(r => r.EnterpriseId).Order());
        Assert.All(rows, r => Assert.Equal((ActivityKind.Fair, SupportStage.Marketing, ActivityStatus.Planned, "고양 사회적경제 장터"), (r.Kind, r.Stage, r.Status, r.Title)));
        Assert.Contains("마케팅 · 박람회·판촉전", await staff.GetStringAsync($"/Staff/SocialEconomy/Detail/{a}", Ct), StringComparison.Ordinal);

        // Only the centre enrols: the city reads the board but may not, other staff are refused.
        foreach (var account in new[] { DemoAccounts.CityAdmin, DemoAccounts.MerchantCounselor })
        {
            var other = await app.SignedInAsync(account);
            Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync(page, Ct)).StatusCode); // → 접근 거부
            var refused = await Forms.PostAsync(other, page, EnrolForm("Course", "가로채기 과정", a), tokenFrom: "/Board/Write");
            Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? $"{(int)refused.StatusCode}", StringComparison.Ordinal);
        }
        Assert.False(await app.WithDbAsync(db => db.EnterpriseActivities.AnyAsync(x => x.Title == "가로채기 과정", Ct)));
    }

    [Fact]
    public async Task An_activitys_kind_must_belong_to_its_stage_and_defaults_to_the_stages_usual_kind()
    {
        var id = await app.EnterpriseAsync("종류 확인 협동조합", SocialEconomySetup.Today.AddDays(-3), 2, 1);
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        var add = $"/Staff/SocialEconomy/Activity/{id}";
        var form = new Dictionary<string, string> { ["Input.Stage"] = "Education", ["Input.Kind"] = "PublicProcurement", ["Input.Title"] = "조달 등록", ["Input.Date"] = SocialEconomySetup.Today.ToString("yyyy-MM-dd") };
        var wrong = await Forms.PostAsync(staff, $"{add}?handler=Save", form, tokenFrom: add);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("‘공공구매 목록 등록’은(는) 마케팅 단계의 활동입니다. 단계나 종류를 바꿔 주세요.", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.EnterpriseActivities.AnyAsync(a => a.EnterpriseId == id, Ct)));

        form.Remove("Input.Kind"); // an older form, or a script, that sends no kind
        form["Input.Title"] = "사회적경제 아카데미";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{add}?handler=Save", form, tokenFrom: add)).StatusCode);
        Assert.Equal(ActivityKind.Course, await app.WithDbAsync(db => db.EnterpriseActivities.Where(a => a.EnterpriseId == id).Select(a => a.Kind).SingleAsync(Ct)));
    }
}
