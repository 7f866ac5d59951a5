using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Iljari.Web.Tests;

/// <summary>
/// 엑셀 내려받기: every list page of the system, its export handler, who may use it and who may not. Each export answers a
/// readable workbook to an allowed user, is refused (403 or 404) to another, and writes exactly one access-log row.
/// </summary>
public class ExportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One list page: its URL ({event} and {call} are filled from the demo data), an account that may export it and one that may not.</summary>
    public sealed record ListPage(string Url, string Allowed, string Refused, HttpStatusCode RefusedWith);

    public static readonly IReadOnlyList<ListPage> Inventory =
    [
        new("/Admin/AccessLog", DemoAccounts.CityAdmin, DemoAccounts.AgencyAdmin, HttpStatusCode.Forbidden),
        new("/Admin/AccessGrants", DemoAccounts.CityAdmin, DemoAccounts.AgencyAdmin, HttpStatusCode.Forbidden),
        new("/Admin/ChangeHistory", DemoAccounts.CityAdmin, DemoAccounts.AgencyAdmin, HttpStatusCode.Forbidden),
        new("/Admin/Organisations", DemoAccounts.CityAdmin, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Admin/Incentives/Batches", DemoAccounts.CityAdmin, DemoAccounts.AgencyAdmin, HttpStatusCode.Forbidden),
        new("/Admin/Incentives/Report", DemoAccounts.CityAdmin, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Staff/Clients", DemoAccounts.Counselor, DemoAccounts.Employer, HttpStatusCode.Forbidden),
        new("/Staff/Shared", DemoAccounts.PartnerCounselor, DemoAccounts.CityAdmin, HttpStatusCode.Forbidden),
        new("/Staff/Incentives", DemoAccounts.Counselor, DemoAccounts.CityAdmin, HttpStatusCode.Forbidden),
        new("/Staff/Users", DemoAccounts.AgencyAdmin, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Staff/Events", DemoAccounts.Counselor, DemoAccounts.CityAdmin, HttpStatusCode.Forbidden),
        new("/Staff/Events/Report/{event}", DemoAccounts.Counselor, DemoAccounts.PartnerCounselor, HttpStatusCode.NotFound),
        new("/Staff/Programs", DemoAccounts.Counselor, DemoAccounts.CityAdmin, HttpStatusCode.Forbidden),
        new("/Staff/Finance", DemoAccounts.MerchantCounselor, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Staff/Finance/Interest/{round}", DemoAccounts.MerchantCounselor, DemoAccounts.Counselor, HttpStatusCode.NotFound),
        new("/Staff/SmeSupport", DemoAccounts.MerchantCounselor, DemoAccounts.CityAdmin, HttpStatusCode.Forbidden),
        new("/Staff/SmeSupport/Call/{call}", DemoAccounts.MerchantCounselor, DemoAccounts.Counselor, HttpStatusCode.NotFound),
        new("/Staff/SmeSupport/Difficulties", DemoAccounts.MerchantCounselor, DemoAccounts.CityAdmin, HttpStatusCode.Forbidden),
        new("/Staff/SocialEconomy/List", DemoAccounts.SocialCounselor, DemoAccounts.MerchantCounselor, HttpStatusCode.Forbidden),
        new("/Staff/Imports", DemoAccounts.AgencyAdmin, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Dashboard", DemoAccounts.CityAdmin, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Dashboard/Mismatch", DemoAccounts.AgencyAdmin, DemoAccounts.Employer, HttpStatusCode.Forbidden),
        new("/Dashboard/SupportedFirms", DemoAccounts.CityAdmin, DemoAccounts.Counselor, HttpStatusCode.Forbidden),
        new("/Dashboard/Monthly?year=2026&month=1", DemoAccounts.AgencyAdmin, DemoAccounts.Seeker, HttpStatusCode.Forbidden),
        new("/Employer/Postings", DemoAccounts.Employer, DemoAccounts.Seeker, HttpStatusCode.Forbidden),
        new("/Employer/Support", DemoAccounts.Employer, DemoAccounts.Seeker, HttpStatusCode.Forbidden),
        new("/Employer/Finance", DemoAccounts.Employer, DemoAccounts.Seeker, HttpStatusCode.Forbidden),
        new("/Employer/Support/Difficulties", DemoAccounts.Employer, DemoAccounts.Seeker, HttpStatusCode.Forbidden),
    ];

    /// <summary>
    /// Pages with a table or pager that are not list pages, and why: they show one record (its sub-tables belong to it),
    /// a ranked recommendation computed per request, a form, or the seeker's own data (a seeker's download of all their
    /// data is the 개인정보 열람 request of issue 10).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotListPages = new Dictionary<string, string>
    {
        ["Admin/Incentives/Batch"] = "one payment batch; its export is the 이체 파일 (CSV), logged as 장려금 이체 파일 내려받기",
        ["Admin/Incentives/Index"] = "yearly schemes with budget forms (one row a year); the report workbook covers the figures",
        ["Admin/Incentives/Scheme"] = "one scheme's rules and versions",
        ["Employer/Events/Booth"] = "one booth's interview slots",
        ["Employer/Postings/Candidates"] = "ranked recommendations for one posting, computed per request",
        ["Notifications/Settings"] = "a settings form",
        ["Notifications/Index"] = "the user's own notifications",
        ["Seeker/Counseling"] = "the seeker's own data",
        ["Seeker/Events"] = "the seeker's own data",
        ["Seeker/Incentive"] = "the seeker's own data",
        ["Seeker/Programs"] = "the seeker's own data",
        ["Seeker/MyData"] = "the seeker's own data: the 개인정보 열람 page itself, downloadable as JSON",
        ["Staff/Clients/Case"] = "one seeker's case",
        ["Staff/Clients/Recommendations"] = "ranked recommendations for one seeker, computed per request",
        ["Staff/Clients/Sharing"] = "one seeker's consents",
        ["Staff/Events/Manage"] = "one event's desk (booths and registrations with actions)",
        ["Staff/Events/Schedule"] = "one event's interview timetable",
        ["Staff/Finance/Guarantee"] = "one guarantee and its ledger",
        ["Staff/Imports/Run"] = "one import run: its progress and rejected rows (the file it came from is the source)",
        ["Admin/Targets"] = "a form of this year's targets (one box per KPI) and their change history",
        ["Admin/ApiTokens"] = "partner tokens with issue and revoke forms; a token list in a file is no use to anyone and invites copying",
        ["Staff/Incentives/Jobs"] = "one seeker's employment record",
        ["Staff/Incentives/Review"] = "one claim",
        ["Staff/Programs/Attendance"] = "one session's register (a form)",
        ["Staff/Programs/FollowUps"] = "one program's follow-up form",
        ["Staff/Programs/Manage"] = "one program",
        ["Staff/Programs/Rules"] = "one program's eligibility rules",
        ["Staff/Programs/Sessions"] = "one program's sessions",
        ["Staff/Shared/Detail"] = "one seeker's shared items",
        ["Staff/SmeSupport/Application"] = "one application",
        ["Staff/SmeSupport/Difficulty"] = "one difficulty",
        ["Staff/SocialEconomy/Detail"] = "one enterprise",
        ["Staff/SocialEconomy/Figures"] = "one enterprise's yearly figures (a form)",
        ["Support/Detail"] = "one call",
        ["OpenData/Index"] = "the open-data catalogue: aggregates published as CSV and JSON, not a list of records",
        ["OpenData/Dictionary"] = "the data dictionary, downloadable as CSV",
        ["Staff/Users/Manage"] = "one account's last 20 access-right records; the full list exports from /Admin/AccessGrants",
    };

    public static TheoryData<string> Urls => new(Inventory.Select(p => p.Url));

    /// <summary>Lists anyone may read, and so anyone may export (the download is still logged, with no account).</summary>
    public static readonly IReadOnlyList<string> PublicLists = ["/Jobs", "/Board", "/Support"];

    [Fact]
    public void Every_page_with_a_table_or_pager_is_in_the_inventory_or_named_as_not_a_list()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "Iljari.Web", "Pages");
        var listed = Inventory.Select(p => PageFile(p.Url)).Concat(PublicLists.Select(PageFile)).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('_')))
        {
            var name = Path.GetRelativePath(pages, file).Replace('\\', '/')[..^".cshtml".Length];
            var text = File.ReadAllText(file);
            var looksLikeList = text.Contains("<table", StringComparison.Ordinal) || text.Contains("_Pager", StringComparison.Ordinal);
            var hasButton = text.Contains("_ExcelButton", StringComparison.Ordinal);
            if (listed.Contains(name)) Assert.True(hasButton, $"{name} is in the inventory but has no 엑셀 내려받기 button");
            else if (looksLikeList) Assert.True(NotListPages.ContainsKey(name), $"{name} shows a table or pager: add it to the export inventory or to NotListPages with a reason");
            else Assert.False(hasButton, $"{name} has an export button but is not in the inventory");
        }
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task An_allowed_user_gets_a_workbook_and_exactly_one_access_log_row(string url)
    {
        var page = Inventory.Single(p => p.Url == url);
        var path = await ResolveAsync(url);
        var client = await app.SignedInAsync(page.Allowed);
        var html = await client.GetStringAsync(path, Ct);
        Assert.Contains("handler=Excel", html, StringComparison.Ordinal);
        Assert.Contains("엑셀 내려받기", html, StringComparison.Ordinal);

        var before = await LogCountAsync();
        var response = await client.GetAsync(ExcelUrl(path), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExcelExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
        {
            stream.Position = 0;
            // The header row is written even when the list is empty.
            var headers = (IDictionary<string, object?>)stream.Query(useHeaderRow: false, sheetName: sheet).First();
            Assert.All(headers.Values, h => Assert.Matches("[가-힣]", Assert.IsType<string>(h)));
        }

        var added = await app.WithDbAsync(db => db.AccessLog.Where(e => e.Id > before.MaxId).ToListAsync(Ct));
        var entry = Assert.Single(added);
        Assert.Equal((AccessActions.Export, page.Allowed), (entry.Action, entry.UserName));
        Assert.Contains(path.Split('?')[0], entry.Detail, StringComparison.Ordinal);
        Assert.Matches("[0-9,]+건$", entry.Detail);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Another_user_is_refused_and_nothing_is_logged(string url)
    {
        var page = Inventory.Single(p => p.Url == url);
        var path = await ResolveAsync(url);
        var client = await app.SignedInAsync(page.Refused);
        var before = await LogCountAsync();
        var response = await client.GetAsync(ExcelUrl(path), Ct);
        if (page.RefusedWith == HttpStatusCode.NotFound) Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        else Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString ?? $"{(int)response.StatusCode}", StringComparison.Ordinal);
        Assert.Equal(before.Count, (await LogCountAsync()).Count);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Client().GetAsync(ExcelUrl(path), Ct)).StatusCode); // anonymous → login
    }

    [Fact]
    public async Task Public_lists_export_every_row_of_their_filter_to_anyone_and_log_it()
    {
        var anonymous = app.Client();
        foreach (var url in PublicLists)
            Assert.Contains("handler=Excel", await anonymous.GetStringAsync(url, Ct), StringComparison.Ordinal);

        var calls = await app.WithDbAsync(db => db.SupportCalls.CountAsync(c => c.Status != Core.Domain.SmeSupport.SupportCallStatus.Draft, Ct));
        Assert.Equal(calls, (await RowsAsync(anonymous, "/Support?handler=Excel")).Count);
        var notices = await app.WithDbAsync(db => db.Notices.CountAsync(Ct));
        Assert.Equal(notices, (await RowsAsync(anonymous, "/Board?handler=Excel")).Count);

        // The job search exports the search's hits in its order; a filter narrows the file like the page.
        var before = await LogCountAsync();
        var all = await RowsAsync(anonymous, "/Jobs?handler=Excel");
        var open = await app.WithDbAsync(db => db.JobPostings.CountAsync(p => p.Status == PostingStatus.Open, Ct));
        Assert.Equal(Math.Min(open, Pages.Jobs.IndexModel.ExportLimit), all.Count);
        const string gu = "4128100000"; // 덕양구: its 동 belong to it
        var narrowed = await RowsAsync(anonymous, $"/Jobs?region={gu}&handler=Excel");
        Assert.InRange(narrowed.Count, 1, all.Count);
        Assert.All(narrowed, r => Assert.StartsWith(Core.Domain.Codes.ReferenceCatalog.Instance.Regions.FullName(gu), (string)r["지역"]!, StringComparison.Ordinal));
        var entries = await app.WithDbAsync(db => db.AccessLog.Where(e => e.Id > before.MaxId).ToListAsync(Ct));
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((AccessActions.Export, ""), (e.Action, e.UserName)));
    }

    [Fact]
    public async Task Amounts_stay_numbers_and_show_thousands_separators_ids_do_not()
    {
        var bytes = await ExcelExport.WorkbookAsync([ExcelSheet.Of("보증", new[] { (Id: 1234, Amount: 15_000_000L) },
            ("번호", r => r.Id), ("보증액(원)", r => r.Amount))], Ct);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        string Read(string entry) { using var reader = new StreamReader(zip.GetEntry(entry)!.Open()); return reader.ReadToEnd(); }
        var styles = System.Xml.Linq.XDocument.Parse(Read("xl/styles.xml"));
        var sheet = System.Xml.Linq.XDocument.Parse(Read("xl/worksheets/sheet1.xml"));
        System.Xml.Linq.XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        // The number format a cell shows: its style index → cellXfs → numFmtId → numFmts (or a built-in id: 3 is #,##0).
        string? FormatOf(string cellRef)
        {
            var cell = sheet.Descendants(x + "c").Single(c => (string?)c.Attribute("r") == cellRef);
            Assert.NotEqual("s", (string?)cell.Attribute("t")); // a number, not text
            var xf = styles.Descendants(x + "cellXfs").Single().Elements(x + "xf").ElementAt((int?)cell.Attribute("s") ?? 0);
            var id = (int?)xf.Attribute("numFmtId") ?? 0;
            return id switch
            {
                0 => null,
                3 => "#,##0",
                _ => (string?)styles.Descendants(x + "numFmt").Single(f => (int)f.Attribute("numFmtId")! == id).Attribute("formatCode"),
            };
        }
        Assert.Equal("#,##0", FormatOf("B2"));
        Assert.NotEqual("#,##0", FormatOf("A2"));
        Assert.Equal("#,##0", ExcelExport.FormatOf("지급 누계" + ExcelExport.MoneyHeaderSuffix, ExcelCellKind.Integer));
    }

    [Fact]
    public async Task The_workbook_holds_every_row_of_the_filter_with_numbers_and_dates_typed()
    {
        var companyId = await app.OwnCompanyIdAsync();
        var open = await app.WithDbAsync(db => db.JobPostings.Where(p => p.CompanyId == companyId && p.Status == PostingStatus.Open)
            .Select(p => p.Id).ToListAsync(Ct));
        Assert.NotEmpty(open);
        var rows = await RowsAsync(await app.SignedInAsync(DemoAccounts.Employer), "/Employer/Postings?status=Open&handler=Excel");
        Assert.Equal(open.Order(), rows.Select(r => Convert.ToInt32(r["공고 번호"], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(rows, r => Assert.Equal(PostingStatus.Open.Label(), r["상태"]));
        Assert.All(rows, r => Assert.IsType<double>(r["모집 인원"]));
        Assert.All(rows, r => Assert.IsType<DateTime>(r["마감일"]));

        // Every row of the filter, not one page: 60 matching log rows, pages of 50.
        await app.AppendAccessLogAsync(Enumerable.Range(0, 60).Select(i => new AccessLogEntry(DateTime.UtcNow, "x", "export-test", null, null, i, "내보내기 검사", $"{i}")));
        var log = await RowsAsync(await app.SignedInAsync(DemoAccounts.CityAdmin), "/Admin/AccessLog?Action=내보내기 검사&page=2&handler=Excel");
        Assert.Equal(60, log.Count);
        Assert.All(log, r => Assert.Equal("내보내기 검사", r["행위"]));
        Assert.All(log, r => Assert.IsType<DateTime>(r["일시"]));

        // A search narrows the companies sheet, and the log row names the filter.
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var cafes = await app.WithDbAsync(db => db.Companies.Where(c => c.Name.Contains("카페")).Select(c => c.Name).ToListAsync(Ct));
        Assert.NotEmpty(cafes);
        var companies = await RowsAsync(city, "/Admin/Organisations?q=카페&handler=Excel", "참여 기업");
        Assert.Equal(cafes.Order(), companies.Select(r => (string)r["기업명"]!).Order());
        var entry = await app.WithDbAsync(db => db.AccessLog.OrderByDescending(e => e.Id).FirstAsync(Ct));
        Assert.Equal($"기관·기업 현황 · /Admin/Organisations?q=카페 · {cafes.Count + await app.WithDbAsync(db => db.Agencies.CountAsync(Ct))}건", entry.Detail);
    }

    private static async Task<List<IDictionary<string, object?>>> RowsAsync(HttpClient client, string url, string? sheet = null)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    private Task<(int Count, long MaxId)> LogCountAsync() => app.WithDbAsync(async db =>
        (await db.AccessLog.CountAsync(Ct), await db.AccessLog.MaxAsync(e => (long?)e.Id, Ct) ?? 0));

    private static string ExcelUrl(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Excel";

    private async Task<string> ResolveAsync(string url)
    {
        if (url.Contains("{event}", StringComparison.Ordinal))
        {
            var agency = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.OrganisationId).FirstAsync(Ct));
            var id = await app.WithDbAsync(db => db.HiringEvents.Where(e => e.AgencyId == agency).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Ct));
            return url.Replace("{event}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        if (url.Contains("{round}", StringComparison.Ordinal))
        {
            var id = await app.WithDbAsync(db => db.InterestSupportRounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
            return url.Replace("{round}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        if (url.Contains("{call}", StringComparison.Ordinal))
        {
            var agency = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.MerchantCounselor).Select(u => u.OrganisationId).FirstAsync(Ct));
            var id = await app.WithDbAsync(db => db.SupportCalls.Where(c => c.AgencyId == agency).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct));
            return url.Replace("{call}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        return url;
    }

    /// <summary>"/Staff/Events/Report/{event}" → "Staff/Events/Report"; "/Staff/Clients" → "Staff/Clients/Index".</summary>
    private static string PageFile(string url)
    {
        var path = Regex.Replace(url.Split('?')[0], "/\\{[a-z]+\\}$", "").TrimStart('/');
        var pages = Path.Combine(RepositoryRoot(), "src", "Iljari.Web", "Pages");
        return File.Exists(Path.Combine(pages, path + ".cshtml")) ? path : path + "/Index";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Iljari.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Iljari.slnx not found above the test folder.");
    }
}
