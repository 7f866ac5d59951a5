using System.Net;
using System.Text;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests;

/// <summary>Work24-style imports: idempotent by (source, external id), updates in place, closes what left a full feed, reports bad rows.</summary>
public class PostingImportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> WriterAsync() => app.WithToken(await app.TokenAsync([ApiScopes.PostingsWrite]));

    /// <summary>Everything a posting row holds, to compare states before and after.</summary>
    private Task<List<string>> StateAsync(string source) => app.WithDbAsync(db => db.JobPostings.AsNoTracking()
        .Where(p => p.ExternalSource == source).OrderBy(p => p.ExternalId)
        .Select(p => $"{p.Id}|{p.ExternalId}|{p.CompanyId}|{p.Status}|{p.Title}|{p.OccupationCode}|{p.RegionCode}|{p.SalaryType}|{p.SalaryMin}|{p.SalaryMax}|{p.EmploymentType}|{p.Education}|{p.Career}|{p.CloseDate}|{p.Description}|{p.UpdatedAt:O}")
        .ToListAsync());

    [Fact]
    public async Task Importing_the_same_csv_twice_leaves_the_same_state()
    {
        var client = await WriterAsync();
        var csv = Work24Line.Csv(new Work24Line("TWICE-1"), new Work24Line("TWICE-2", Title: "주방 보조 &amp;amp; 설거지", JobsCd: "532"), new Work24Line("TWICE-3", SalTpCd: "H", MinSal: "12,000"));

        var first = await (await client.ImportAsync(csv, "text/csv", "?source=twice")).JsonAsync();
        Assert.Equal((3, 0, 0, 0), (first.GetProperty("created").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("unchanged").GetInt32(), first.GetProperty("rejected").GetInt32()));
        var before = await StateAsync("twice");

        var second = await client.ImportAsync(csv, "text/csv", "?source=twice");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var counts = await second.JsonAsync();
        Assert.Equal((0, 0, 3, 0), (counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32(), counts.GetProperty("rejected").GetInt32()));
        Assert.Equal(before, await StateAsync("twice"));
        Assert.Contains(before, s => s.Contains("|주방 보조 & 설거지|532|", StringComparison.Ordinal));
        Assert.All(before, s => Assert.Contains("|Open|", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_row_updates_the_same_posting_in_place()
    {
        var client = await WriterAsync();
        await client.ImportAsync(Work24Line.Csv(new Work24Line("EDIT-1"), new Work24Line("EDIT-2")), "text/csv", "?source=edit");
        var id = await app.WithDbAsync(db => db.JobPostings.Where(p => p.ExternalId == "EDIT-1").Select(p => p.Id).SingleAsync());

        var result = await (await client.ImportAsync(Work24Line.Csv(new Work24Line("EDIT-1", Title: "바리스타 (경력)", Career: "E", MinSal: "2800000"), new Work24Line("EDIT-2")), "text/csv", "?source=edit")).JsonAsync();
        Assert.Equal((1, 1), (result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));
        var posting = await app.WithDbAsync(db => db.JobPostings.SingleAsync(p => p.ExternalSource == "edit" && p.ExternalId == "EDIT-1"));
        Assert.Equal((id, "바리스타 (경력)", 2_800_000L, 1), (posting.Id, posting.Title, posting.SalaryMin, posting.CareerYears));
    }

    [Fact]
    public async Task A_full_feed_closes_what_disappeared_and_reopens_it_when_it_comes_back()
    {
        var client = await WriterAsync();
        var all = Work24Line.Csv(new Work24Line("FEED-1"), new Work24Line("FEED-2"), new Work24Line("FEED-3"));
        await client.ImportAsync(all, "text/csv", "?source=feed&fullFeed=true");
        // Another feed's postings and the app's own postings are never touched by this feed.
        await client.ImportAsync(Work24Line.Csv(new Work24Line("FEED-3")), "text/csv", "?source=other-feed");
        var ownOpen = await app.WithDbAsync(db => db.JobPostings.CountAsync(p => p.ExternalSource == null && p.Status == PostingStatus.Open));

        var partial = await (await client.ImportAsync(Work24Line.Csv(new Work24Line("FEED-1"), new Work24Line("FEED-2")), "text/csv", "?source=feed&fullFeed=true")).JsonAsync();
        Assert.Equal(1, partial.GetProperty("closed").GetInt32());
        Assert.Equal(PostingStatus.Closed, await StatusAsync("feed", "FEED-3"));
        Assert.Equal(PostingStatus.Open, await StatusAsync("other-feed", "FEED-3"));
        Assert.Equal(ownOpen, await app.WithDbAsync(db => db.JobPostings.CountAsync(p => p.ExternalSource == null && p.Status == PostingStatus.Open)));

        // Without fullFeed a smaller file is just an update: nothing is closed.
        var delta = await (await client.ImportAsync(Work24Line.Csv(new Work24Line("FEED-1")), "text/csv", "?source=feed")).JsonAsync();
        Assert.Equal(0, delta.GetProperty("closed").GetInt32());
        Assert.Equal(PostingStatus.Open, await StatusAsync("feed", "FEED-2"));

        var back = await (await client.ImportAsync(all, "text/csv", "?source=feed&fullFeed=true")).JsonAsync();
        Assert.Equal((1, 2, 0), (back.GetProperty("updated").GetInt32(), back.GetProperty("unchanged").GetInt32(), back.GetProperty("closed").GetInt32()));
        Assert.Equal(PostingStatus.Open, await StatusAsync("feed", "FEED-3"));
    }

    private Task<PostingStatus> StatusAsync(string source, string id) =>
        app.WithDbAsync(db => db.JobPostings.Where(p => p.ExternalSource == source && p.ExternalId == id).Select(p => p.Status).SingleAsync());

    [Fact]
    public async Task Bad_rows_are_reported_with_their_row_number_and_a_Korean_reason()
    {
        var client = await WriterAsync();
        var csv = Work24Line.Csv(
            new Work24Line("BAD-OK"),
            new Work24Line("BAD-JOB", JobsCd: "999999"),
            new Work24Line("BAD-TITLE", Title: ""),
            new Work24Line("BAD-DATE", CloseDt: "내일까지"),
            new Work24Line("BAD-PAST", CloseDt: "2020-01-01"),
            new Work24Line("BAD-COMPANY", Busino: "137-81-10003"),
            new Work24Line("BAD-BUSINO", Busino: "123-45-67890"),
            new Work24Line("BAD-OK"),
            new Work24Line("BAD-EMP", EmpTpCd: "99"),
            new Work24Line("BAD-WAGE", SalTpCd: "H", MinSal: "5000"));
        var result = await (await client.ImportAsync(csv, "text/csv", "?source=bad")).JsonAsync();
        Assert.Equal((1, 9), (result.GetProperty("created").GetInt32(), result.GetProperty("rejected").GetInt32()));
        var reasons = result.GetProperty("rejections").EnumerateArray()
            .ToDictionary(r => r.GetProperty("row").GetInt32(), r => r.GetProperty("reason").GetString()!);
        Assert.Contains("직종코드(jobsCd) '999999'를 알 수 없습니다", reasons[3], StringComparison.Ordinal);
        Assert.Contains("채용제목(title)이 없습니다.", reasons[4], StringComparison.Ordinal);
        Assert.Contains("마감일자(closeDt) '내일까지'를 날짜로 읽을 수 없습니다", reasons[5], StringComparison.Ordinal);
        Assert.Contains("closeDt: 마감일은 오늘 이후 날짜여야 합니다.", reasons[6], StringComparison.Ordinal);
        Assert.Contains("등록되지 않은 기업입니다 (사업자등록번호 137-81-10003)", reasons[7], StringComparison.Ordinal);
        Assert.Contains("유효하지 않은 사업자등록번호", reasons[8], StringComparison.Ordinal);
        Assert.Equal("같은 구인인증번호가 2행에 이미 있습니다.", reasons[9]);
        Assert.Contains("고용형태코드(empTpCd) '99'를 알 수 없습니다", reasons[10], StringComparison.Ordinal);
        Assert.Contains("minSal: ", reasons[11], StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.JobPostings.CountAsync(p => p.ExternalSource == "bad")));
    }

    [Fact]
    public async Task Json_in_either_shape_imports_like_csv_and_matches_the_same_postings()
    {
        var client = await WriterAsync();
        await client.ImportAsync(Work24Line.Csv(new Work24Line("MIX-1")), "text/csv", "?source=mix");
        var wrapped = await (await client.ImportAsync(Work24Line.Json(new Work24Line("MIX-1"), new Work24Line("MIX-2", Region: "서울 은평구")), "application/json", "?source=mix")).JsonAsync();
        Assert.Equal((1, 1), (wrapped.GetProperty("created").GetInt32(), wrapped.GetProperty("unchanged").GetInt32()));
        Assert.Equal("1138000000", await app.WithDbAsync(db => db.JobPostings.Where(p => p.ExternalId == "MIX-2").Select(p => p.RegionCode).SingleAsync()));

        const string array = """[{"wantedAuthNo": "MIX-3", "company": "x", "busino": "1248100998", "title": "서빙", "jobsCd": 532, "region": 41281, "salTpNm": "월급", "minSal": 2400000, "empTpCd": "20", "minEdubg": "학력무관", "career": "관계없음", "closeDt": "채용시까지 __DATE__"}]""";
        var date = DateTime.UtcNow.AddHours(9).AddDays(20).ToString("yy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var plain = await (await client.ImportAsync(array.Replace("__DATE__", date, StringComparison.Ordinal), "application/json", "?source=mix")).JsonAsync();
        Assert.Equal(1, plain.GetProperty("created").GetInt32());
        var posting = await app.WithDbAsync(db => db.JobPostings.SingleAsync(p => p.ExternalId == "MIX-3"));
        Assert.Equal(("532", "4128100000", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9).AddDays(20))), (posting.OccupationCode, posting.RegionCode, posting.CloseDate));
    }

    [Fact]
    public async Task Unreadable_files_fail_the_run_with_a_reason()
    {
        var client = await WriterAsync();
        var json = await (await client.ImportAsync("{\"wanted\": [", "application/json", "?source=broken")).JsonAsync();
        Assert.Equal("Failed", json.GetProperty("status").GetString());
        Assert.Contains("JSON 형식이 올바르지 않습니다", json.GetProperty("failure").GetString(), StringComparison.Ordinal);
        var csv = await (await client.ImportAsync("title,company\r\n바리스타,카페\r\n", "text/csv", "?source=broken")).JsonAsync();
        Assert.Contains("wantedAuthNo", csv.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.ImportAsync("", "text/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.ImportAsync(Work24Line.Csv(new Work24Line("S-1")), "text/csv", "?source=Bad Source")).StatusCode);
    }

    [Fact]
    public async Task Unknown_companies_are_registered_by_business_number_when_asked()
    {
        var client = await WriterAsync();
        var line = new Work24Line("NEWCO-1", Busino: "220-81-62517", Company: "백석 꽃농원", IndTpCd: "01");
        var refused = await (await client.ImportAsync(Work24Line.Csv(line), "text/csv", "?source=newco")).JsonAsync();
        Assert.Equal(1, refused.GetProperty("rejected").GetInt32());

        var created = await (await client.ImportAsync(Work24Line.Csv(line), "text/csv", "?source=newco&createCompanies=true")).JsonAsync();
        Assert.Equal(1, created.GetProperty("created").GetInt32());
        var company = await app.WithDbAsync(db => db.Companies.SingleAsync(c => c.BusinessNumber == "2208162517"));
        Assert.Equal(("백석 꽃농원", "01"), (company.Name, company.IndustryCode));
        // The next import finds it by number, whatever the name says.
        var again = await (await client.ImportAsync(Work24Line.Csv(line with { WantedAuthNo = "NEWCO-2", Company = "(주)백석꽃농원" }), "text/csv", "?source=newco")).JsonAsync();
        Assert.Equal(1, again.GetProperty("created").GetInt32());
        Assert.Equal(1, await app.WithDbAsync(db => db.Companies.CountAsync(c => c.BusinessNumber == "2208162517")));
    }

    [Fact]
    public async Task A_cp949_csv_from_excel_keeps_its_Korean()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(949).GetBytes(Work24Line.Csv(new Work24Line("EUCKR-1", Title: "제과제빵사 모집")));
        var response = await (await WriterAsync()).PostAsync("/api/v1/postings/import?source=euckr", new ByteArrayContent(bytes) { Headers = { { "Content-Type", "text/csv" } } }, Ct);
        Assert.Equal(1, (await response.JsonAsync()).GetProperty("created").GetInt32());
        Assert.Equal("제과제빵사 모집", await app.WithDbAsync(db => db.JobPostings.Where(p => p.ExternalId == "EUCKR-1").Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_upload_page_queues_the_file_and_shows_progress_and_rejections()
    {
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var csv = Encoding.UTF8.GetBytes(Work24Line.Csv(new Work24Line("PAGE-1"), new Work24Line("PAGE-2", Region: "99999")));
        var upload = await Forms.PostFileAsync(admin, "/Staff/Imports", [("Source", "page-upload"), ("FullFeed", "true")], "Upload", "work24.csv", csv, tokenFrom: "/Staff/Imports");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var location = upload.Headers.Location!.OriginalString;
        var runId = int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        var run = await app.FinishedRunAsync(runId);
        Assert.Equal((ImportStatus.Completed, 1, 1, true), (run.Status, run.Created, run.Rejected, run.FullFeed));
        Assert.Equal(await app.UserIdAsync(DemoAccounts.AgencyAdmin), run.StartedByUserId);
        Assert.Null(run.Payload);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(location, Ct));
        Assert.Contains("근무지역(region) '99999'를 알 수 없습니다", page, StringComparison.Ordinal);
        Assert.Contains("완료", page, StringComparison.Ordinal);
        Assert.DoesNotContain("hx-trigger", page, StringComparison.Ordinal);
        Assert.Contains("work24.csv", await admin.GetStringAsync("/Staff/Imports", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Staff/Imports/Run/{runId}?handler=Progress", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_upload_page_refuses_other_files_in_Korean()
    {
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var response = await Forms.PostFileAsync(admin, "/Staff/Imports", [("Source", "work24")], "Upload", "scan.pdf", "%PDF-1.4"u8.ToArray(), tokenFrom: "/Staff/Imports");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CSV(.csv) 또는 JSON(.json) 파일만 올릴 수 있습니다.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Counselor)]
    [InlineData(DemoAccounts.Employer)]
    [InlineData(DemoAccounts.Seeker)]
    public async Task Only_agency_and_city_admins_may_upload(string account)
    {
        var client = await app.SignedInAsync(account);
        var token = await Forms.TokenAsync(await app.SignedInAsync(DemoAccounts.AgencyAdmin), "/Staff/Imports");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent("wantedAuthNo\r\n"u8.ToArray()), "Upload", "a.csv" } };
        var response = await client.PostAsync("/Staff/Imports", form, Ct);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{account}: {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PostingImportRuns.CountAsync(r => r.FileName == "a.csv")));
    }
}
