using System.Net;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// Consent-gated sharing between agencies: another agency sees nothing without consent, exactly the consented items
/// with it, nothing again after withdrawal; every staff view leaves exactly one access-log row; 기관 간 연계 end to end.
/// </summary>
public class SharingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> LogRowsAsync(int subject, string action) =>
        app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == subject && e.Action == action, Ct));

    private async Task GiveConsentAsync(HttpClient seeker, int agencyId, params SharedItems[] items)
    {
        var fields = new List<(string, string)> { ("Consent.Purpose", "여성새로일하기센터 직업훈련 연계"), ("Consent.AgencyIds", $"{agencyId}") };
        fields.AddRange(items.Select(i => ("Consent.Items", i.ToString())));
        var response = await Forms.PostPairsAsync(seeker, "/Seeker/Consents?handler=Give", fields, "/Seeker/Consents");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Another_agency_sees_only_consented_items_each_view_is_logged_once_and_withdrawal_stops_it_at_once()
    {
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var partner = await app.PartnerAgencyIdAsync();
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        var detail = $"/Staff/Shared/Detail/{me}";
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);

        // Without consent: as if the seeker did not exist, and nothing is logged.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(detail, Ct)).StatusCode);
        Assert.Equal(0, await LogRowsAsync(me, AccessActions.SharedView));

        await GiveConsentAsync(seeker, partner, SharedItems.Profile, SharedItems.Applications);
        var before = await LogRowsAsync(me, AccessActions.SharedView);
        var page = await other.GetStringAsync(detail, Ct);
        Assert.Contains("김하늘", page, StringComparison.Ordinal);
        Assert.Contains("지원·알선 내역", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>이력서</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("상담 기록 요약", page, StringComparison.Ordinal);
        Assert.Equal(before + 1, await LogRowsAsync(me, AccessActions.SharedView));
        await other.GetStringAsync(detail, Ct);
        Assert.Equal(before + 2, await LogRowsAsync(me, AccessActions.SharedView));
        var row = await app.WithDbAsync(db => db.AccessLog.OrderByDescending(e => e.Id).FirstAsync(e => e.SubjectSeekerProfileId == me, Ct));
        Assert.Equal((DemoAccounts.PartnerCounselor, partner, "공유 열람: 기본 정보, 지원 내역"), (row.UserName, row.OrganisationId, row.Detail));

        // The partner's list shows the seeker masked; a staff member of a third agency still sees nothing.
        Assert.Contains("김*늘", await other.GetStringAsync("/Staff/Shared", Ct), StringComparison.Ordinal);

        // Withdrawal takes effect on the very next request.
        var consentId = await app.WithDbAsync(db => db.SharingConsents.Where(c => c.SeekerProfileId == me && c.WithdrawnAt == null).Select(c => c.Id).FirstAsync(Ct));
        var withdraw = await Forms.PostAsync(seeker, "/Seeker/Consents?handler=Withdraw", new() { ["consentId"] = $"{consentId}" }, tokenFrom: "/Seeker/Consents");
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(detail, Ct)).StatusCode);
        Assert.Equal(before + 2, await LogRowsAsync(me, AccessActions.SharedView));
        Assert.DoesNotContain("김*늘", await other.GetStringAsync("/Staff/Shared", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_form_errors_are_shown_in_korean_and_nothing_is_saved()
    {
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var count = await app.WithDbAsync(db => db.SharingConsents.CountAsync(c => c.SeekerProfileId == me, Ct));
        var response = await Forms.PostPairsAsync(seeker, "/Seeker/Consents?handler=Give",
            [("Consent.Purpose", "직업훈련 연계"), ("Consent.ValidFrom", "2020-01-01")], "/Seeker/Consents");
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("정보를 받을 기관을 하나 이상 골라 주세요.", html, StringComparison.Ordinal);
        Assert.Contains("시작일은 오늘 이후여야 합니다.", html, StringComparison.Ordinal);
        Assert.Contains("직업훈련 연계", html, StringComparison.Ordinal); // the typed purpose is kept
        Assert.Equal(count, await app.WithDbAsync(db => db.SharingConsents.CountAsync(c => c.SeekerProfileId == me, Ct)));
    }

    [Fact]
    public async Task Each_staff_view_of_a_client_leaves_exactly_one_log_row_and_others_see_404()
    {
        var client = await app.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null && a.ClosedAt == null)
            .Select(a => a.SeekerProfileId).OrderByDescending(i => i).FirstAsync(Ct));
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        foreach (var url in new[] { $"/Staff/Clients/Case/{client}", $"/Staff/Clients/Recommendations/{client}", $"/Staff/Clients/Sharing/{client}" })
        {
            var before = await LogRowsAsync(client, AccessActions.ClientView);
            Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync(url, Ct)).StatusCode);
            Assert.Equal(before + 1, await LogRowsAsync(client, AccessActions.ClientView));
        }
        // Another agency's counselor and the city admin get 404 and leave no row.
        var total = await LogRowsAsync(client, AccessActions.ClientView);
        foreach (var email in new[] { DemoAccounts.PartnerCounselor, DemoAccounts.CityAdmin })
        {
            var other = await app.SignedInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Staff/Clients/Case/{client}", Ct)).StatusCode);
        }
        Assert.Equal(total, await LogRowsAsync(client, AccessActions.ClientView));

        // A change is its own row (수정), beside the view that follows it; a refused change writes no change row.
        var changes = await LogRowsAsync(client, AccessActions.ClientChange);
        var page = $"/Staff/Clients/Case/{client}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(counselor, $"{page}?handler=Note",
            new() { ["Note.Kind"] = "Phone", ["Note.Body"] = "전화 상담: 면접 일정 조율" }, tokenFrom: page)).StatusCode);
        Assert.Equal(changes + 1, await LogRowsAsync(client, AccessActions.ClientChange));
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(counselor, $"{page}?handler=Note",
            new() { ["Note.Kind"] = "Phone", ["Note.Body"] = "" }, tokenFrom: page)).StatusCode);
        Assert.Equal(changes + 1, await LogRowsAsync(client, AccessActions.ClientChange));
    }

    [Fact]
    public async Task Referral_to_another_agency_needs_consent_opens_a_case_there_and_the_sender_sees_the_outcome()
    {
        // A client of the demo counselor who is not the demo seeker, so the other tests' consents do not interfere.
        var client = await app.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null && a.ClosedAt == null)
            .Select(a => a.SeekerProfileId).OrderBy(i => i).Skip(1).FirstAsync(Ct));
        var partner = await app.PartnerAgencyIdAsync();
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var page = $"/Staff/Clients/Sharing/{client}";
        var refer = new Dictionary<string, string> { ["Referral.ToAgencyId"] = $"{partner}", ["Referral.Note"] = "경력단절 후 재취업, 직업훈련 연계 희망" };

        var refused = await Forms.PostAsync(counselor, $"{page}?handler=Refer", refer, tokenFrom: page);
        Assert.Contains("유효한 정보 제공 동의가 없어", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The counselor records the seeker's signed paper form (a real PDF header; a text file is refused).
        var consentFields = new List<(string, string)> { ("Consent.Purpose", "직업훈련 연계"), ("Consent.AgencyIds", $"{partner}"), ("Consent.Items", "Profile"), ("Consent.Items", "CaseSummary") };
        var notPdf = await Forms.PostFileAsync(counselor, $"{page}?handler=Consent", consentFields, "paperForm", "form.pdf", "hello"u8.ToArray(), page);
        Assert.Contains("PDF, JPG, PNG 파일만", await notPdf.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var pdf = "%PDF-1.4\n%서명된 동의서\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostFileAsync(counselor, $"{page}?handler=Consent", consentFields, "paperForm", "form.pdf", pdf, page)).StatusCode);
        var consent = await app.WithDbAsync(db => db.SharingConsents.SingleAsync(c => c.SeekerProfileId == client, Ct));
        Assert.Equal(ConsentMethod.Paper, consent.Method);
        var download = await counselor.GetAsync($"{page}?handler=PaperForm&consentId={consent.Id}", Ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(counselor, $"{page}?handler=Refer", refer, tokenFrom: page)).StatusCode);
        var other = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Contains("경력단절 후 재취업", await other.GetStringAsync("/Staff/Shared", Ct), StringComparison.Ordinal);
        var referral = await app.WithDbAsync(db => db.AgencyReferrals.SingleAsync(r => r.SeekerProfileId == client, Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(other, "/Staff/Shared?handler=Accept", new() { ["referralId"] = $"{referral.Id}" }, tokenFrom: "/Staff/Shared")).StatusCode);

        var opened = await app.WithDbAsync(db => db.CaseAssignments.SingleAsync(c => c.SeekerProfileId == client && c.AgencyId == partner, Ct));
        Assert.Equal(CaseOrigin.AgencyReferral, opened.Origin);
        Assert.NotNull(opened.CounselorUserId);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/Staff/Clients/Case/{client}", Ct)).StatusCode);
        await Forms.PostAsync(other, "/Staff/Shared?handler=Complete", new() { ["referralId"] = $"{referral.Id}", ["outcome"] = "직업훈련 등록 완료" }, tokenFrom: "/Staff/Shared");

        var sender = await counselor.GetStringAsync(page, Ct);
        Assert.Contains("직업훈련 등록 완료", sender, StringComparison.Ordinal);
        Assert.Contains("완료", sender, StringComparison.Ordinal);
        var counselorId = await app.UserIdAsync(DemoAccounts.Counselor);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == counselorId && n.Title.Contains("기관 연계 결과"), Ct)));
    }

    [Fact]
    public async Task The_city_admin_searches_and_exports_the_access_log_and_the_export_is_logged_too()
    {
        var client = await app.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null).Select(a => a.SeekerProfileId).FirstAsync(Ct));
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        await counselor.GetStringAsync($"/Staff/Clients/Case/{client}", Ct);
        Assert.Contains("/Account/AccessDenied", (await counselor.GetAsync("/Admin/AccessLog", Ct)).Headers.Location?.OriginalString, StringComparison.Ordinal);

        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var list = await city.GetStringAsync($"/Admin/AccessLog?Account=counselor@&Subject={client}", Ct);
        Assert.Contains(AccessActions.ClientView, list, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Counselor, list, StringComparison.Ordinal);
        Assert.Contains("조건에 맞는 기록이 없습니다.", await city.GetStringAsync("/Admin/AccessLog?Account=nobody", Ct), StringComparison.Ordinal);

        var exports = await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Action == AccessActions.Export, Ct));
        var file = await city.GetAsync($"/Admin/AccessLog?handler=Excel&Subject={client}", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]); // an xlsx is a zip
        Assert.Equal(exports + 1, await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Action == AccessActions.Export, Ct)));
    }
}
