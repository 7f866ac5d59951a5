using System.Net;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>상담 신청 → 담당하기 → intake, plan, appointment → what the seeker sees (never the notes) → closure.</summary>
public class CounselingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_is_taken_worked_on_and_closed_and_the_seeker_sees_the_plan_but_not_the_notes()
    {
        var partner = await app.PartnerAgencyIdAsync();
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);

        var missing = await Forms.PostAsync(seeker, "/Seeker/Counseling?handler=Request", new() { ["Note"] = "사무직 재취업 상담" }, tokenFrom: "/Seeker/Counseling");
        Assert.Contains("상담받을 기관을 골라 주세요.", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var request = new Dictionary<string, string> { ["AgencyId"] = $"{partner}", ["Note"] = "사무직 재취업 상담" };
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(seeker, "/Seeker/Counseling?handler=Request", request, tokenFrom: "/Seeker/Counseling")).StatusCode);
        var twice = await Forms.PostAsync(seeker, "/Seeker/Counseling?handler=Request", request, tokenFrom: "/Seeker/Counseling");
        Assert.Contains("이미 상담 중이거나 신청이 접수되어", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("담당 상담사 배정 대기", await seeker.GetStringAsync("/Seeker/Counseling", Ct), StringComparison.Ordinal);

        // The partner agency's counselor sees the masked request in the queue and takes it.
        var counselor = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync($"/Staff/Clients/Case/{me}", Ct)).StatusCode);
        var queue = await counselor.GetStringAsync("/Staff/Clients", Ct);
        Assert.Contains("김*늘", queue, StringComparison.Ordinal);
        var caseId = await app.WithDbAsync(db => db.CaseAssignments.Where(c => c.SeekerProfileId == me && c.AgencyId == partner).Select(c => c.Id).SingleAsync(Ct));
        var take = await Forms.PostAsync(counselor, "/Staff/Clients?handler=Take", new() { ["caseId"] = $"{caseId}" }, tokenFrom: "/Staff/Clients");
        Assert.Equal($"/Staff/Clients/Case/{me}", take.Headers.Location?.OriginalString);

        var page = $"/Staff/Clients/Case/{me}";
        async Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> fields) => await Forms.PostAsync(counselor, $"{page}?handler={handler}", fields, tokenFrom: page);
        var empty = await Post("Note", new() { ["Note.Kind"] = "Intake", ["Note.Body"] = "" });
        Assert.Contains("상담 내용을 입력해 주세요.", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Note", new() { ["Note.Kind"] = "Intake", ["Note.Body"] = "비공개 메모: 가족 돌봄 부담 있음", ["Note.Summary"] = "사무직 희망, 컴활 준비" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Step", new() { ["Step.Goal"] = "3개월 안에 사무직 취업", ["Step.Title"] = "컴퓨터활용능력 2급 취득", ["Step.DueDate"] = "2027-02-28" })).StatusCode);
        var past = await Post("Appointment", new() { ["Appt.At"] = "2020-01-01T10:00", ["Appt.Purpose"] = "이력서 첨삭" });
        var pastHtml = await past.Content.ReadAsStringAsync(Ct);
        Assert.Contains("일정은 지금 이후로 정해 주세요.", pastHtml, StringComparison.Ordinal);
        Assert.Contains("이력서 첨삭", pastHtml, StringComparison.Ordinal); // typed input kept
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Appointment", new() { ["Appt.At"] = "2099-03-02T14:30", ["Appt.Purpose"] = "이력서 첨삭", ["Appt.Place"] = "고양시 일자리센터 3층" })).StatusCode);

        var mine = await seeker.GetStringAsync("/Seeker/Counseling", Ct);
        Assert.Contains("컴퓨터활용능력 2급 취득", mine, StringComparison.Ordinal);
        Assert.Contains("2099. 3. 2. 14:30", mine, StringComparison.Ordinal);
        Assert.Contains("담당 한소희 상담사", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("가족 돌봄", mine, StringComparison.Ordinal);
        var seekerUser = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Id == me).Select(s => s.UserId).FirstAsync(Ct));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == seekerUser && n.Kind == NotificationKind.Counseling && n.Title.Contains("상담 일정"), Ct)));

        // The demo counselor (other agency) cannot read this agency's notes through their own case page.
        var own = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.DoesNotContain("가족 돌봄", await own.GetStringAsync($"/Staff/Clients/Case/{me}", Ct), StringComparison.Ordinal);

        var unconfirmed = await Post("Close", new() { ["Closing.Reason"] = "Employed" });
        Assert.Contains("종결하려면 확인란을 선택해 주세요.", await unconfirmed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Close", new() { ["Closing.Reason"] = "Employed", ["Closing.Confirm"] = "true" })).StatusCode);
        var closed = await app.WithDbAsync(db => db.CaseAssignments.SingleAsync(c => c.Id == caseId, Ct));
        Assert.Equal(CaseClosureReason.Employed, closed.ClosureReason);
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync(page, Ct)).StatusCode);
        Assert.Contains("종결", await seeker.GetStringAsync("/Seeker/Counseling", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointment_reminders_go_out_once_a_day_ahead()
    {
        var client = await app.WithDbAsync(db => db.CaseAssignments.Where(a => a.CounselorUserId != null && a.ClosedAt == null).OrderByDescending(a => a.Id).FirstAsync(Ct));
        var now = DateTime.UtcNow;
        var appointmentId = await app.WithDbAsync(async db =>
        {
            var a = Appointment.Schedule(client, client.CounselorUserId!, now.AddHours(20), "면접 준비 상담", null, now);
            db.Appointments.Add(a);
            await db.SaveChangesAsync(Ct);
            return a.Id;
        });
        await using var scope = app.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Notifications.NotificationJobs>();
        Assert.True(await jobs.RemindAppointmentsAsync(Ct) >= 1);
        Assert.Equal(0, await jobs.RemindAppointmentsAsync(Ct));
        var key = $"appt:{appointmentId}";
        Assert.Equal(2, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.DedupKey.StartsWith(key + "|") && m.Channel == NotificationChannel.Email, Ct)));
    }
}
