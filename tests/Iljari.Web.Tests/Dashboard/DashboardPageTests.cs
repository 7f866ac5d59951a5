using System.Net;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Dashboard;

/// <summary>The dashboard pages over HTTP: who sees what, filters in the query string, and the target form's Korean validation.</summary>
public class DashboardPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> AgencyIdAsync(string email) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId!.Value).FirstAsync());

    [Fact]
    public async Task City_admin_sees_every_kpi_with_its_note_a_chart_and_its_table()
    {
        var client = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var html = await client.GetStringAsync("/Dashboard", Ct);
        Assert.Contains("고양시 전체", html, StringComparison.Ordinal);
        foreach (var info in Core.Domain.Dashboard.KpiCatalog.All)
        {
            Assert.Contains($"id=\"kpi-{info.Kpi}\"", html, StringComparison.Ordinal);
            Assert.Contains(info.HowComputed, html, StringComparison.Ordinal);
        }
        Assert.Contains("data-chart=\"trend\" role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"trend-table\"", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/json\" id=\"chart-data\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_come_from_the_query_string_and_are_kept_in_the_form()
    {
        var client = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var agency = await AgencyIdAsync(DemoAccounts.AgencyAdmin);
        var html = await client.GetStringAsync($"/Dashboard?year=2026&from=3&to=6&agency={agency}&gu=4128100000&group=youth&dim=AgeBand&kpi=ProgramParticipants", Ct);
        Assert.Contains("2026년 3~6월", html, StringComparison.Ordinal);
        Assert.Contains("월별 추이: 프로그램 참여자", html, StringComparison.Ordinal);
        Assert.Contains("연령대별 취업자 수", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"youth\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"4128100000\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">6월</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">7월</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impossible_filters_fall_back_with_Korean_messages_not_errors()
    {
        var client = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var response = await client.GetAsync("/Dashboard?year=1999&from=9&to=2&gu=12345&group=aliens&dim=Nope&kpi=Nope", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("연도는 2020년부터", html, StringComparison.Ordinal);
        Assert.Contains("시작 달이 끝 달보다 앞서게", html, StringComparison.Ordinal);
        Assert.Contains("구는 목록에서 골라 주세요", html, StringComparison.Ordinal);
        Assert.Contains("대상 계층은 목록에서 골라 주세요", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_admin_sees_their_own_agency_and_is_refused_another()
    {
        var client = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var own = await AgencyIdAsync(DemoAccounts.AgencyAdmin);
        var ownName = await app.WithDbAsync(db => db.Agencies.Where(a => a.Id == own).Select(a => a.Name).FirstAsync());
        var html = await client.GetStringAsync("/Dashboard", Ct);
        Assert.Contains(ownName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-agency\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Dashboard?agency={own}", Ct)).StatusCode);
        var other = await app.PartnerAgencyIdAsync();
        foreach (var url in new[] { $"/Dashboard?agency={other}", $"/Dashboard/SupportedFirms?agency={other}" })
        {
            var refused = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Targets_refuse_impossible_values_in_Korean_and_keep_who_changed_them()
    {
        var client = await app.SignedInAsync(DemoAccounts.CityAdmin);
        const string url = "/Admin/Targets?year=2026";
        var bad = await Forms.PostAsync(client, url, new()
        {
            ["year"] = "2026", ["Values[PlacementRate]"] = "150", ["Values[Placements]"] = "-5", ["Values[EventHires]"] = "많이",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("등록 구직자 취업률 목표는 0~100% 사이로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("취업자 수 목표는 0 이상으로 입력해 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("목표를 저장하지 못했습니다", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.KpiTargets.CountAsync(t => t.Year == 2026)));

        var ok = await Forms.PostAsync(client, url, new() { ["year"] = "2026", ["Values[Placements]"] = "1200", ["Values[PlacementRate]"] = "60" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var changed = await Forms.PostAsync(client, url, new() { ["year"] = "2026", ["Values[Placements]"] = "1500" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var page = await client.GetStringAsync(url, Ct);
        Assert.Contains("1,200명", page, StringComparison.Ordinal);
        Assert.Contains("1,500명", page, StringComparison.Ordinal);
        Assert.Contains("정유나", page, StringComparison.Ordinal);
        var dashboard = await client.GetStringAsync("/Dashboard?year=2026", Ct);
        Assert.Contains("1,500명", dashboard, StringComparison.Ordinal);

        var agencyAdmin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await agencyAdmin.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_seekers_wishes_are_kept_as_rows_when_the_profile_changes()
    {
        var rows = await app.WithDbAsync(async db =>
        {
            var profile = await db.SeekerProfiles.OrderBy(p => p.Id).FirstAsync();
            (profile.DesiredOccupations, profile.DesiredRegions) = (["133", "531"], ["4128710100", "4128710200"]);
            await db.SaveChangesAsync();
            return await db.SeekerWishes.Where(w => w.SeekerProfileId == profile.Id).OrderBy(w => w.OccupationCode).Select(w => w.OccupationCode + "/" + w.Gu).ToListAsync();
        });
        Assert.Equal(["133/41287", "531/41287"], rows);
    }

    [Fact]
    public async Task A_program_names_the_occupations_it_trains_for_and_unknown_codes_are_refused()
    {
        var client = await app.SignedInAsync(DemoAccounts.Counselor);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        Dictionary<string, string> Form(string occupation) => new()
        {
            ["Input.Kind"] = "Lecture", ["Input.Title"] = "조리 실무 과정", ["Input.Capacity"] = "20", ["Input.CompletionPercent"] = "80",
            ["Input.ApplicationOpens"] = $"{today:yyyy-MM-dd}", ["Input.ApplicationCloses"] = $"{today.AddDays(20):yyyy-MM-dd}",
            ["Input.TargetOccupations[0]"] = occupation, ["Rule.Year"] = $"{today.Year}",
        };
        var bad = await Forms.PostAsync(client, "/Staff/Programs/Edit", Form("999"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("훈련 직종은 고용직업분류(KECO) 소분류에서 골라 주세요.", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var ok = await Forms.PostAsync(client, "/Staff/Programs/Edit", Form("531"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await app.WithDbAsync(db => db.Programs.Where(p => p.Title == "조리 실무 과정").Select(p => p.TargetOccupations).SingleAsync());
        Assert.Equal(["531"], saved);
    }

    [Fact]
    public async Task Mismatch_and_supported_firms_render_with_their_tables()
    {
        var client = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var mismatch = await client.GetStringAsync("/Dashboard/Mismatch?gu=4128500000&sort=surplus", Ct);
        Assert.Contains("일자리 미스매치", mismatch, StringComparison.Ordinal);
        Assert.True(mismatch.Contains("id=\"mismatch-table\"", StringComparison.Ordinal) || mismatch.Contains("class=\"empty\"", StringComparison.Ordinal));
        var firms = await client.GetStringAsync("/Dashboard/SupportedFirms", Ct);
        Assert.Contains("지원받은 기업", firms, StringComparison.Ordinal);
        Assert.Contains("id=\"supported-jobs\"", firms, StringComparison.Ordinal);
    }
}
