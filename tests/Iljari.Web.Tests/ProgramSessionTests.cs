using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>Staff create a program with its rule and sessions, versions of the rule by year, the attendance sheet and QR check-in.</summary>
public class ProgramSessionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> ProgramForm(string title, int year) => new()
    {
        ["Input.Kind"] = "Mentoring", ["Input.Title"] = title, ["Input.Capacity"] = "15", ["Input.CompletionPercent"] = "75",
        ["Input.ApplicationOpens"] = "2026-12-01", ["Input.ApplicationCloses"] = "2026-12-20", ["Input.Description"] = "현직자 멘토와 1:1",
        ["Rule.Year"] = $"{year}", ["Rule.MinAge"] = "19", ["Rule.MaxAge"] = "34", ["Rule.Audience"] = "청년", ["Rule.GoyangResidentsOnly"] = "true",
    };

    [Fact]
    public async Task Staff_create_a_program_with_a_rule_and_sessions_and_keep_rule_versions_by_year()
    {
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var year = ProgramSetup.TodayKst.Year;
        var fields = ProgramForm("청년 멘토링 과정", year);
        var created = await Forms.PostPairsAsync(staff, "/Staff/Programs/Edit",
            [.. fields.Select(kv => (kv.Key, kv.Value)), ("Rule.Groups", "lowincome"), ("Rule.Statuses", "Unemployed")], tokenFrom: "/Staff/Programs/Edit");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var program = await app.WithDbAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Title == "청년 멘토링 과정", Ct));
        Assert.Equal($"/Staff/Programs/Manage/{program.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal((ProgramKind.Mentoring, 15, 75, await app.CounselorAgencyIdAsync()), (program.Kind, program.Capacity, program.CompletionPercent, program.AgencyId));
        var rule = Assert.Single(program.Rules);
        Assert.Equal((year, 19, 34, true, "청년"), (rule.Year, rule.MinAge, rule.MaxAge, rule.GoyangResidentsOnly, rule.Audience));
        Assert.Equal(["lowincome"], rule.Groups);
        Assert.Equal([EmploymentStatus.Unemployed], rule.Statuses);

        Assert.Contains("value=\"청년 멘토링 과정\"", await staff.GetStringAsync($"/Staff/Programs/Edit/{program.Id}", Ct), StringComparison.Ordinal);

        // Sessions: add two, edit one, delete the other.
        var sessions = $"/Staff/Programs/Sessions/{program.Id}";
        foreach (var day in new[] { "2026-12-22", "2026-12-29" })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{sessions}?handler=Save", new()
            {
                ["Input.Date"] = day, ["Input.StartTime"] = "14:00", ["Input.EndTime"] = "16:00", ["Input.Place"] = "일산 교육장", ["Input.Instructor"] = "박멘토",
            }, tokenFrom: sessions)).StatusCode);
        var ids = await app.WithDbAsync(db => db.ProgramSessions.Where(s => s.ProgramId == program.Id).OrderBy(s => s.Date).Select(s => s.Id).ToListAsync(Ct));
        Assert.Equal(2, ids.Count);
        await Forms.PostAsync(staff, $"{sessions}?handler=Save&sessionId={ids[1]}", new()
        {
            ["Input.Date"] = "2026-12-30", ["Input.StartTime"] = "09:30", ["Input.EndTime"] = "11:00", ["Input.Place"] = "덕양 교육장",
        }, tokenFrom: $"{sessions}?sessionId={ids[1]}");
        var edited = await app.WithDbAsync(db => db.ProgramSessions.AsNoTracking().SingleAsync(s => s.Id == ids[1], Ct));
        Assert.Equal((new DateOnly(2026, 12, 30), new TimeOnly(9, 30), "덕양 교육장", ""), (edited.Date, edited.StartTime, edited.Place, edited.Instructor));
        Assert.Contains("삭제 확인", await staff.GetStringAsync(sessions, Ct), StringComparison.Ordinal);
        await Forms.PostAsync(staff, $"{sessions}?handler=Delete", new() { ["sessionId"] = $"{ids[0]}" }, tokenFrom: sessions);
        Assert.Equal([ids[1]], await app.WithDbAsync(db => db.ProgramSessions.Where(s => s.ProgramId == program.Id).Select(s => s.Id).ToListAsync(Ct)));

        // Rules: saving the same year replaces it, a new year adds a version; both are listed.
        var rules = $"/Staff/Programs/Rules/{program.Id}";
        await Forms.PostAsync(staff, rules, new() { ["Rule.Year"] = $"{year}", ["Rule.MinAge"] = "19", ["Rule.MaxAge"] = "39", ["Rule.Audience"] = "청년" });
        await Forms.PostAsync(staff, rules, new() { ["Rule.Year"] = $"{year + 1}", ["Rule.MinAge"] = "15", ["Rule.Audience"] = "청소년·청년" });
        var versions = await app.WithDbAsync(db => db.Programs.Where(p => p.Id == program.Id).Select(p => p.Rules).SingleAsync(Ct));
        Assert.Equal(new (int, int?)[] { (year, 39), (year + 1, null) }, versions.Select(r => (r.Year, r.MaxAge)));
        var listed = await staff.GetStringAsync(rules, Ct);
        Assert.Contains($"{year}년 (적용 중)", listed, StringComparison.Ordinal);
        Assert.Contains($"{year + 1}년", listed, StringComparison.Ordinal);

        // Another agency's counselor does not find it; a seeker and the city admin may not create programs.
        var partner = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        foreach (var url in new[] { $"/Staff/Programs/Manage/{program.Id}", sessions, rules, $"/Staff/Programs/Edit/{program.Id}", $"/Staff/Programs/FollowUps/{program.Id}", $"/Staff/Programs/Attendance/{ids[1]}" })
            Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(url, Ct)).StatusCode);
        var foreignEdit = await Forms.PostAsync(partner, $"/Staff/Programs/Edit/{program.Id}", ProgramForm("가로채기", year), tokenFrom: "/Staff/Programs/Edit");
        Assert.Equal(HttpStatusCode.NotFound, foreignEdit.StatusCode);
        var foreignDelete = await Forms.PostAsync(partner, $"{sessions}?handler=Delete", new() { ["sessionId"] = $"{ids[1]}" }, tokenFrom: "/Staff/Programs/Edit");
        Assert.Equal(HttpStatusCode.NotFound, foreignDelete.StatusCode);
        Assert.Equal("청년 멘토링 과정", await app.WithDbAsync(db => db.Programs.Where(p => p.Id == program.Id).Select(p => p.Title).SingleAsync(Ct)));
        Assert.True(await app.WithDbAsync(db => db.ProgramSessions.AnyAsync(s => s.Id == ids[1], Ct)));
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        Assert.Contains("/Account/AccessDenied", (await city.GetAsync("/Staff/Programs/Edit", Ct)).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_program_and_session_input_re_renders_with_korean_messages()
    {
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var bad = ProgramForm("", ProgramSetup.TodayKst.Year);
        (bad["Input.Capacity"], bad["Input.CompletionPercent"], bad["Rule.MinAge"], bad["Rule.MaxAge"]) = ("0", "101", "40", "30");
        bad["Input.Description"] = "검증에서 걸릴 소개";
        var response = await Forms.PostAsync(staff, "/Staff/Programs/Edit", bad);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        foreach (var message in new[] { "프로그램명을 입력해 주세요.", "정원은 1명에서 10,000명 사이로 입력해 주세요.", "수료 기준 출석률은 1%에서 100% 사이로 입력해 주세요.", "최대 나이는 최소 나이보다 많아야 합니다." })
            Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("검증에서 걸릴 소개", html, StringComparison.Ordinal); // what was typed is kept
        Assert.False(await app.WithDbAsync(db => db.Programs.AnyAsync(p => p.Description == "검증에서 걸릴 소개", Ct)));

        var (programId, _) = await app.ProgramAsync(await app.CounselorAgencyIdAsync(), "검증용 과정", []);
        var sessions = $"/Staff/Programs/Sessions/{programId}";
        var session = await Forms.PostAsync(staff, $"{sessions}?handler=Save", new()
        {
            ["Input.Date"] = "", ["Input.StartTime"] = "15:00", ["Input.EndTime"] = "14:00", ["Input.Place"] = "교육장",
        }, tokenFrom: sessions);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var sessionHtml = await session.Content.ReadAsStringAsync(Ct);
        Assert.Contains("날짜를 입력해 주세요.", sessionHtml, StringComparison.Ordinal);
        Assert.Contains("끝나는 시각은 시작 시각보다 늦어야 합니다.", sessionHtml, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ProgramSessions.AnyAsync(s => s.ProgramId == programId, Ct)));
    }

    [Fact]
    public async Task Staff_enter_a_sessions_attendance_in_one_save_and_mark_a_seeker_present_by_their_qr_code()
    {
        var today = ProgramSetup.TodayKst;
        // All-day sessions, so today's has not ended whenever the test runs and its QR code is shown.
        static (DateOnly, TimeOnly, TimeOnly) AllDay(DateOnly d) => (d, new TimeOnly(0, 0), new TimeOnly(23, 59, 59));
        var (programId, sessionIds) = await app.ProgramAsync(await app.CounselorAgencyIdAsync(), "출석 연습 과정", [AllDay(today), AllDay(today.AddDays(7))]);
        var (todayId, nextWeekId) = (sessionIds[0], sessionIds[1]);
        var people = await app.ParticipantsAsync(programId, 3, skip: 2);
        var waiting = (await app.ParticipantsAsync(programId, 1, skip: 6, approve: false)).Single();
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var sheet = $"/Staff/Programs/Attendance/{todayId}";

        var logBefore = await app.WithDbAsync(db => db.AccessLog.CountAsync(Ct));
        var html = await staff.GetStringAsync(sheet, Ct);
        foreach (var p in people) Assert.Contains($"name=\"Marks[{p.ApplicationId}]\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Marks[{waiting.ApplicationId}]", html, StringComparison.Ordinal);
        Assert.Equal(logBefore + 1, await app.WithDbAsync(db => db.AccessLog.CountAsync(Ct)));

        // One save: late, absent, and the "rest are present" button for the third.
        var saved = await Forms.PostAsync(staff, $"{sheet}?handler=Save", new()
        {
            [$"Marks[{people[0].ApplicationId}]"] = "Late", [$"Marks[{people[1].ApplicationId}]"] = "Absent", ["UnmarkedPresent"] = "true",
        }, tokenFrom: sheet);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        async Task<Dictionary<int, AttendanceStatus>> Marks(int sessionId) => await app.WithDbAsync(db =>
            db.ProgramAttendance.Where(m => m.SessionId == sessionId).ToDictionaryAsync(m => m.ProgramApplicationId, m => m.Status, Ct));
        Assert.Equal(new Dictionary<int, AttendanceStatus>
        {
            [people[0].ApplicationId] = AttendanceStatus.Late, [people[1].ApplicationId] = AttendanceStatus.Absent, [people[2].ApplicationId] = AttendanceStatus.Present,
        }, await Marks(todayId));

        // Someone without a confirmed place is refused, and the whole save with them.
        await Forms.PostAsync(staff, $"{sheet}?handler=Save", new() { [$"Marks[{waiting.ApplicationId}]"] = "Present", [$"Marks[{people[0].ApplicationId}]"] = "Present" }, tokenFrom: sheet);
        Assert.Equal(AttendanceStatus.Late, (await Marks(todayId))[people[0].ApplicationId]);
        Assert.DoesNotContain(waiting.ApplicationId, (await Marks(todayId)).Keys);
        // Next week's session takes no marks yet.
        var early = $"/Staff/Programs/Attendance/{nextWeekId}";
        await Forms.PostAsync(staff, $"{early}?handler=Save", new() { [$"Marks[{people[0].ApplicationId}]"] = "Present" }, tokenFrom: early);
        Assert.Empty(await Marks(nextWeekId));

        // The absent seeker shows their QR code; a forged or another session's code is refused, theirs marks them present.
        var seeker = await app.SignedInAsync(people[1].Email);
        var mine = await seeker.GetStringAsync("/Seeker/Programs", Ct);
        Assert.Contains("출석 연습 과정", mine, StringComparison.Ordinal);
        Assert.Contains("<svg", mine, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(Regex.Match(mine, "<code>([^<]+)</code>").Groups[1].Value);
        await Forms.PostAsync(staff, $"{early}?handler=Token", new() { ["token"] = token }, tokenFrom: sheet);
        await Forms.PostAsync(staff, $"{sheet}?handler=Token", new() { ["token"] = token[..^3] + "abc" }, tokenFrom: sheet);
        Assert.Equal(AttendanceStatus.Absent, (await Marks(todayId))[people[1].ApplicationId]);
        Assert.Empty(await Marks(nextWeekId));
        // An event entry code with the same numbers is not a session code (each purpose has its own key).
        var eventCode = app.Services.GetRequiredService<CheckInTokens>().Issue(todayId, people[1].ApplicationId, DateTime.UtcNow.AddHours(1));
        await Forms.PostAsync(staff, $"{sheet}?handler=Token", new() { ["token"] = eventCode }, tokenFrom: sheet);
        Assert.Equal(AttendanceStatus.Absent, (await Marks(todayId))[people[1].ApplicationId]);
        var scanned = await Forms.PostAsync(staff, $"{sheet}?handler=Token", new() { ["token"] = token }, tokenFrom: sheet);
        Assert.Equal(HttpStatusCode.Redirect, scanned.StatusCode);
        Assert.Equal(AttendanceStatus.Present, (await Marks(todayId))[people[1].ApplicationId]);
        Assert.Contains($"{people[1].Name} 님 출석을 확인했습니다.", await staff.GetStringAsync(sheet, Ct), StringComparison.Ordinal);

        // Another agency's counselor cannot see or use the sheet.
        var partner = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(sheet, Ct)).StatusCode);
        var foreign = await Forms.PostAsync(partner, $"{sheet}?handler=Save", new() { [$"Marks[{people[2].ApplicationId}]"] = "Absent" }, tokenFrom: "/Notifications/Settings");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(AttendanceStatus.Present, (await Marks(todayId))[people[2].ApplicationId]);
    }
}
