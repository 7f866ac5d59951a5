using System.Net;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>The social-economy board, list, Excel, outcomes and a consulting report on PostgreSQL: the queries translate and the indexes hold.</summary>
public class PostgresSocialEconomyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Board_list_export_outcomes_and_a_consulting_report_work_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var today = SocialEconomySetup.Today;
        var staff = await app.SignedInAsync(DemoAccounts.SocialCounselor);
        var centre = await app.CentreIdAsync();
        var filter = new OutcomeFilter(centre, SocialEnterpriseType.Cooperative, SocialEconomySetup.IlsanSeo);
        var before = await app.OutcomesAsync(o => o.SummaryAsync(today.AddDays(-30), today, filter, Ct));

        // The demo register is on the board, in every stage.
        var board = await staff.GetStringAsync("/Staff/SocialEconomy", Ct);
        foreach (var stage in SupportPipeline.Stages) Assert.Contains($"id=\"stage-{stage}\"", board, StringComparison.Ordinal);
        Assert.Contains("고양 햇살 도시락", board, StringComparison.Ordinal);

        // A new enterprise through the form, a completed course, then the board's move.
        var created = await Forms.PostAsync(staff, "/Staff/SocialEconomy/Edit", SocialEconomySetup.Form("PG 탄현 협동조합", "Cooperative", SocialEconomySetup.IlsanSeo, "220-81-62517"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Name == "PG 탄현 협동조합").Select(e => e.Id).SingleAsync(Ct));
        var add = $"/Staff/SocialEconomy/Activity/{id}";
        await Forms.PostAsync(staff, $"{add}?handler=Save", new() { ["Input.Stage"] = "Education", ["Input.Title"] = "아카데미", ["Input.Date"] = today.ToString("yyyy-MM-dd") }, tokenFrom: add);
        var courseId = await app.WithDbAsync(db => db.EnterpriseActivities.Where(a => a.EnterpriseId == id).Select(a => a.Id).SingleAsync(Ct));
        await Forms.PostAsync(staff, $"{add}/{courseId}?handler=Complete", new() { ["Outcome"] = "수료" }, tokenFrom: $"{add}/{courseId}");
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, "/Staff/SocialEconomy?handler=Advance", new() { ["id"] = $"{id}" }, tokenFrom: "/Staff/SocialEconomy")).StatusCode);
        Assert.Equal(SupportStage.Consulting, await app.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.Stage).SingleAsync(Ct)));

        // A 컨설팅 session with its report file, downloaded again by the centre.
        var consulting = await Forms.PostFileAsync(staff, $"{add}?handler=Save",
            [("Input.Stage", "Consulting"), ("Input.Title", "인증 컨설팅"), ("Input.Date", today.ToString("yyyy-MM-dd")), ("Input.ConsultantName", "이세무"), ("Input.ReportSummary", "인증 요건 점검")],
            "Report", "보고서.pdf", IncentiveSetup.Pdf, tokenFrom: add);
        Assert.Equal(HttpStatusCode.Redirect, consulting.StatusCode);
        var session = await app.WithDbAsync(db => db.EnterpriseActivities.AsNoTracking().SingleAsync(a => a.EnterpriseId == id && a.Stage == SupportStage.Consulting, Ct));
        Assert.Equal(("이세무", "보고서.pdf"), (session.ConsultantName, session.ReportFileName));
        var report = await staff.GetAsync($"{add}/{session.Id}?handler=Report", Ct);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(IncentiveSetup.Pdf, await report.Content.ReadAsByteArrayAsync(Ct));

        // Headcount grows from 4 (2) to 7 (3): jobs created in the period and since registration.
        var figures = $"/Staff/SocialEconomy/Figures/{id}";
        var grown = await Forms.PostAsync(staff, $"{figures}?handler=Headcount", new()
        {
            ["Headcount.AsOf"] = today.ToString("yyyy-MM-dd"), ["Headcount.Employees"] = "7", ["Headcount.Vulnerable"] = "3",
        }, tokenFrom: figures);
        Assert.Equal(HttpStatusCode.OK, grown.StatusCode); // the registration record already holds today's date
        Assert.Contains("같은 기준일의 고용 현황이 이미 있습니다.", await grown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            // Registered a week ago in this test's story, so today's count is a later record.
            await db.EnterpriseHeadcounts.Where(h => h.EnterpriseId == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.AsOf, today.AddDays(-7)), Ct);
            return await db.SocialEnterprises.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegisteredOn, today.AddDays(-7)), Ct);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{figures}?handler=Headcount", new()
        {
            ["Headcount.AsOf"] = today.ToString("yyyy-MM-dd"), ["Headcount.Employees"] = "7", ["Headcount.Vulnerable"] = "3",
        }, tokenFrom: figures)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{figures}?handler=Revenue", new() { ["Revenue.Year"] = $"{today.Year - 1}", ["Revenue.Band"] = "From100MTo500M" }, tokenFrom: figures)).StatusCode);
        var after = await app.OutcomesAsync(o => o.SummaryAsync(today.AddDays(-30), today, filter, Ct));
        Assert.Equal(new JobCount(before.JobsInPeriod.Total + 3, before.JobsInPeriod.Vulnerable + 1), after.JobsInPeriod);
        Assert.Equal(new JobCount(before.JobsSinceRegistration.Total + 3, before.JobsSinceRegistration.Vulnerable + 1), after.JobsSinceRegistration);
        Assert.Equal((before.Enterprises.Total + 1, before.Enterprises.ByStage[SupportStage.Consulting] + 1), (after.Enterprises.Total, after.Enterprises.ByStage[SupportStage.Consulting]));

        // The list (search, filters, paging) and its Excel file.
        var list = await staff.GetStringAsync($"/Staff/SocialEconomy/List?q=PG 탄현&type=Cooperative&gu={SocialEconomySetup.IlsanSeo}&stage=Consulting&page=1", Ct);
        Assert.Contains("사회적경제기업 1곳", list, StringComparison.Ordinal);
        var excel = await staff.GetAsync("/Staff/SocialEconomy/List?handler=Excel&q=PG 탄현", Ct);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Ct));
        var row = Assert.Single(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "사회적경제기업").Cast<IDictionary<string, object>>());
        Assert.Equal(("PG 탄현 협동조합", "컨설팅", "220-81-62517", "1억~5억 원 (" + (today.Year - 1) + "년)"),
            ((string)row["기업명"], (string)row["단계"], (string)row["사업자등록번호"], (string)row["매출 규모"]));

        // The unique index: one register entry per business number.
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            var twin = SocialEnterprise.Register(centre, new SocialEnterpriseFields
            {
                Type = SocialEnterpriseType.Cooperative, Name = "쌍둥이", Representative = "김", GuCode = SocialEconomySetup.IlsanSeo, Address = "고양",
                SocialMission = "중복", DesignatedOn = today, BusinessNumber = "2208162517", Employees = 1, VulnerableEmployees = 0,
            }, today, "u", "n", DateTime.UtcNow);
            db.SocialEnterprises.Add(twin);
            return await db.SaveChangesAsync(Ct);
        }));
    }
}
