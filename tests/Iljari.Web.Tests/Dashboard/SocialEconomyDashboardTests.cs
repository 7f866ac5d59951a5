using System.Globalization;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Iljari.Web.Tests.Dashboard;

/// <summary>
/// The city dashboard's 사회적경제 section (issue 8: outcomes feed the dashboard) against figures worked out here from the
/// register's rows — enterprises, dated headcounts, stage history, revenues — for this year and last year.
/// </summary>
public class SocialEconomyDashboardTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Enterprise(int Id, SocialEnterpriseType Type, DateOnly RegisteredOn, DateOnly? DesignatedOn, DateOnly? CertifiedOn);
    private sealed record Point(int EnterpriseId, DateOnly AsOf, int Employees, int Vulnerable);
    private sealed record Move(int EnterpriseId, int Id, DateTime At, SupportStage To);

    /// <summary>What the section should say for [from, to], computed from the rows in the plainest way.</summary>
    private sealed class Expected(List<Enterprise> all, List<Point> points, List<Move> moves, List<(int EnterpriseId, int Year, RevenueBand Band)> revenues, DateOnly from, DateOnly to)
    {
        public List<Enterprise> Registered { get; } = all.Where(e => e.RegisteredOn <= to).ToList();

        public SupportStage StageOf(Enterprise e) => moves.Where(m => m.EnterpriseId == e.Id && DateOnly.FromDateTime(m.At.AddHours(9)) <= to)
            .OrderBy(m => m.At).ThenBy(m => m.Id).Last().To;

        private Point? At(Enterprise e, DateOnly day) => points.Where(p => p.EnterpriseId == e.Id && p.AsOf <= day).MaxBy(p => p.AsOf);
        private Point First(Enterprise e) => points.Where(p => p.EnterpriseId == e.Id).MinBy(p => p.AsOf)!;

        public (int Total, int Vulnerable) Sum(IEnumerable<Enterprise> es, Func<Enterprise, (int, int)> pick) =>
            es.Select(pick).Aggregate((0, 0), (a, b) => (a.Item1 + b.Item1, a.Item2 + b.Item2));

        public (int, int) AtRegistration(Enterprise e) => (First(e).Employees, First(e).Vulnerable);
        public (int, int) AtEnd(Enterprise e) => (At(e, to)!.Employees, At(e, to)!.Vulnerable);
        public (int, int) SinceRegistration(Enterprise e) => (At(e, to)!.Employees - First(e).Employees, At(e, to)!.Vulnerable - First(e).Vulnerable);

        public (int, int) InPeriod(Enterprise e)
        {
            var start = At(e, from) ?? First(e);
            return (At(e, to)!.Employees - start.Employees, At(e, to)!.Vulnerable - start.Vulnerable);
        }

        public int Certified => all.Count(e => e.CertifiedOn >= from && e.CertifiedOn <= to);
        public int PreDesignated => all.Count(e => e.DesignatedOn >= from && e.DesignatedOn <= to && e.Type is SocialEnterpriseType.PreSocial or SocialEnterpriseType.Social);

        public int? RevenueYear => revenues.Where(r => r.Year <= to.Year && Registered.Any(e => e.Id == r.EnterpriseId)).Select(r => (int?)r.Year).Max();
        public int Revenue(RevenueBand band) => revenues.Count(r => r.Year == RevenueYear && r.Band == band && Registered.Any(e => e.Id == r.EnterpriseId));
    }

    [Fact]
    public async Task The_supported_firms_page_and_workbook_show_the_social_economy_outcomes_of_the_year()
    {
        var today = SocialEconomySetup.Today;
        // A 사회적기업 certified today (300 days after its 예비 지정) that already reported this year's band, and a 예비 that grew.
        var certified = await app.EnterpriseAsync("대시보드 인증 사회적기업", today, 6, 3, SocialEnterpriseType.Social, SocialEconomySetup.Deokyang,
            today.AddDays(-300), today);
        await app.WithDbAsync(async db =>
        {
            db.EnterpriseRevenues.Add(EnterpriseRevenue.Record(certified, today.Year, RevenueBand.Over1B, today.Year, "test", DateTime.UtcNow));
            return await db.SaveChangesAsync(Ct);
        });
        await app.EnterpriseAsync("대시보드 예비사회적기업", today.AddDays(-10), 3, 1, SocialEnterpriseType.PreSocial, SocialEconomySetup.IlsanDong,
            today.AddDays(-10), later: [(today, 7, 4)]);

        var all = await app.WithDbAsync(db => db.SocialEnterprises.Select(e => new Enterprise(e.Id, e.Type, e.RegisteredOn, e.DesignatedOn, e.CertifiedOn)).ToListAsync(Ct));
        var points = await app.WithDbAsync(db => db.EnterpriseHeadcounts.Select(h => new Point(h.EnterpriseId, h.AsOf, h.Employees, h.Vulnerable)).ToListAsync(Ct));
        var moves = await app.WithDbAsync(db => db.EnterpriseStageChanges.Select(c => new Move(c.EnterpriseId, c.Id, c.At, c.To)).ToListAsync(Ct));
        var revenues = (await app.WithDbAsync(db => db.EnterpriseRevenues.Select(r => new { r.EnterpriseId, r.Year, r.Band }).ToListAsync(Ct)))
            .Select(r => (r.EnterpriseId, r.Year, r.Band)).ToList();
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);

        foreach (var year in new[] { today.Year, today.Year - 1 })
        {
            var to = year == today.Year ? today : new DateOnly(year, 12, 31);
            var x = new Expected(all, points, moves, revenues, new DateOnly(year, 1, 1), to);
            Assert.NotEmpty(x.Registered);

            var html = await city.GetStringAsync($"/Dashboard/SupportedFirms?year={year}", Ct);
            Assert.Equal($"{x.Registered.Count:N0}곳", Forms.FirstMatch(html, "id=\"se-enterprises\">([^<]+)<"));
            var inPeriod = x.Sum(x.Registered, x.InPeriod);
            var since = x.Sum(x.Registered, x.SinceRegistration);
            Assert.Equal($"{inPeriod.Total:N0}명", Forms.FirstMatch(html, "id=\"se-jobs-period\">([^<]+)<"));
            Assert.Equal($"{inPeriod.Vulnerable:N0}명", Forms.FirstMatch(html, "id=\"se-jobs-period-vulnerable\">([^<]+)<"));
            Assert.Equal($"{since.Total:N0}명", Forms.FirstMatch(html, "id=\"se-jobs-total\">([^<]+)<"));
            Assert.Equal($"{since.Vulnerable:N0}명", Forms.FirstMatch(html, "id=\"se-jobs-total-vulnerable\">([^<]+)<"));
            Assert.Equal($"{x.Certified:N0}곳", Forms.FirstMatch(html, "id=\"se-certified\">([^<]+)<"));
            Assert.Contains("data-chart=\"stages\" role=\"img\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"se-stages\"", html, StringComparison.Ordinal); // the chart's table

            var response = await city.GetAsync($"/Dashboard/SupportedFirms?year={year}&handler=Excel", Ct);
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
            List<IDictionary<string, object?>> Sheet(string name)
            {
                stream.Position = 0;
                return stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
            }
            static int N(object? cell) => Convert.ToInt32(cell, CultureInfo.InvariantCulture);

            foreach (var row in Sheet("사회적경제 유형·단계"))
            {
                var mine = x.Registered.Where(e => e.Type.Label() == (string)row["유형"]!).ToList();
                Assert.Equal(mine.Count, N(row["기업 수"]));
                foreach (var stage in SupportPipeline.Stages)
                    Assert.Equal(mine.Count(e => x.StageOf(e) == stage), N(row[$"{stage.Label()} 단계"]));
            }
            var jobs = Sheet("사회적경제 일자리");
            Assert.Equal(Enum.GetValues<SocialEnterpriseType>().Length, jobs.Count);
            foreach (var row in jobs)
            {
                var mine = x.Registered.Where(e => e.Type.Label() == (string)row["유형"]!).ToList();
                Assert.Equal(mine.Count, N(row["기업 수"]));
                Assert.Equal(x.Sum(mine, x.AtRegistration), (N(row["등록 때 직원"]), N(row["등록 때 취약계층"])));
                Assert.Equal(x.Sum(mine, x.AtEnd), (N(row["기간 말 직원"]), N(row["기간 말 취약계층"])));
                Assert.Equal(x.Sum(mine, x.InPeriod), (N(row["기간 중 일자리 창출"]), N(row["기간 중 취약계층 일자리 창출"])));
                Assert.Equal(x.Sum(mine, x.SinceRegistration), (N(row["등록 후 일자리 창출"]), N(row["등록 후 취약계층 일자리 창출"])));
            }
            var certification = Sheet("사회적경제 인증").ToDictionary(r => (string)r["항목"]!, r => r["값"]);
            Assert.Equal(x.Certified, N(certification["사회적기업 인증(곳)"]));
            Assert.Equal(x.PreDesignated, N(certification["예비사회적기업 지정(곳)"]));
            Assert.Equal(x.Registered.Count(e => e.Type == SocialEnterpriseType.Social), N(certification["인증 사회적기업(곳)"]));

            var bands = Sheet("사회적경제 매출 규모");
            Assert.NotNull(x.RevenueYear);
            Assert.All(bands, r => Assert.Equal(x.RevenueYear, N(r["연도"])));
            Assert.Equal(Enum.GetValues<RevenueBand>().Select(b => (b.Label(), x.Revenue(b))), bands.Select(r => ((string)r["매출 규모"]!, N(r["기업 수"]))));
        }
    }

    [Fact]
    public async Task An_agency_without_social_enterprises_sees_the_section_empty()
    {
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var html = await admin.GetStringAsync("/Dashboard/SupportedFirms", Ct);
        Assert.Contains("사회적경제기업 성과", html, StringComparison.Ordinal);
        Assert.Contains("이 범위에 등록된 사회적경제기업이 없습니다.", html, StringComparison.Ordinal);
    }
}
