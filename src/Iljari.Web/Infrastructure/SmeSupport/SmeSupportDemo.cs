using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>
/// Demo 지원사업 (demo mode only): four calls of the 소상공인지원센터 from the city's SME support lines, applications from
/// the demo company and a few others (one call already closed and in review by the demo reviewer pair — the center's
/// counselor and the city admin), and a few 애로사항, one of them overdue. Does nothing when calls exist.
/// </summary>
public static class SmeSupportDemo
{
    public static async Task SeedAsync(AppDbContext db, UploadedFiles files, DateTime now)
    {
        if (await db.SupportCalls.AnyAsync()) return;
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == "GOYANG-MERCHANT");
        var emails = new[] { DemoAccounts.MerchantCounselor, DemoAccounts.CityAdmin, DemoAccounts.Employer };
        var users = await db.Users.Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        if (agency is null || users.Count < emails.Length) return;
        var (staff, city, employer) = (users[DemoAccounts.MerchantCounselor], users[DemoAccounts.CityAdmin], users[DemoAccounts.Employer]);
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(now));
        const string criteria = "사업성 40\n고용효과 30\n지역기여 30";

        SupportCall Call(SupportKind kind, string title, string description, long budget, int awards, string documents, int opensAgo, int closesIn, Action<SupportCallFields>? rules = null)
        {
            var f = new SupportCallFields
            {
                Kind = kind, Title = title, Description = description, Budget = budget, Awards = awards, RequiredDocuments = documents, Criteria = criteria,
                Opens = today.AddDays(-opensAgo), Closes = today.AddDays(closesIn), Sizes = [CompanySize.Micro, CompanySize.Small, CompanySize.Medium],
            };
            rules?.Invoke(f);
            var call = SupportCall.Create(agency.Id, f, now.AddDays(-opensAgo - 2));
            call.Publish(now.AddDays(-opensAgo));
            db.SupportCalls.Add(call);
            return call;
        }

        var capital = Call(SupportKind.WorkingCapital, $"{today.Year}년 고양시 중소기업 운전자금 지원",
            "관내 중소기업의 원자재 구매, 인건비 등 운전자금을 지원합니다. 선정 기업에는 신청 금액 범위에서 지원 금액을 정합니다.", 200_000_000, 20, "사업계획서\n재무제표", 10, 20);
        Call(SupportKind.IncubatorTenancy, "고양시 창업지원센터 입주기업 모집", "창업 초기 기업에 사무 공간(최대 2년)과 경영 상담을 지원합니다.", 60_000_000, 8,
            "사업계획서\n사업자등록증", 5, 25, f => f.MaxYears = 7);
        Call(SupportKind.OverseasMarketing, "중소기업 해외시장개척 지원사업", "해외 전시회 참가비, 통역, 수출 상담회 비용을 지원합니다.", 80_000_000, 10,
            "사업계획서\n수출 실적 증명", 3, 30, f => f.IndustrySections = ["C", "G", "J"]);
        var tech = Call(SupportKind.TechDevelopment, "중소기업 기술개발(R&D) 지원", "정보통신기술(ICT) 등 신기술 개발 과제에 개발비를 지원합니다.", 150_000_000, 5,
            "사업계획서", 40, -1, f => f.MinYears = 1);
        await db.SaveChangesAsync();
        foreach (var (call, reviewer) in new[] { (capital, staff), (capital, city), (tech, staff), (tech, city) })
            db.SupportReviewers.Add(SupportReviewer.Assign(call.Id, reviewer, staff, now.AddDays(-3)));

        var demoCompany = await db.Companies.Where(c => c.BusinessNumber == DemoAccounts.CompanyBusinessNumber).Select(c => c.Id).FirstAsync();
        var others = await db.Companies.Where(c => c.BusinessNumber != DemoAccounts.CompanyBusinessNumber && c.RegionCode.StartsWith(SupportEligibility.GoyangRegionPrefix)
            && c.Size != CompanySize.Large).OrderBy(c => c.Id).Take(4).Select(c => c.Id).ToListAsync();
        async Task<SupportApplication> ApplyAsync(SupportCall call, int companyId, long requested, string plan, int daysAgo)
        {
            var documents = new List<SupportDocument>();
            foreach (var name in call.RequiredDocuments) documents.Add(SupportDocument.Of(name, await DemoPdfAsync(files), name + ".pdf", now.AddDays(-daysAgo)));
            var a = SupportApplication.Submit(call, companyId, new SupportVerdict(true, []), requested, plan, today.AddYears(-3), documents, employer,
                today.AddDays(-daysAgo), now.AddDays(-daysAgo));
            db.SupportApplications.Add(a);
            return a;
        }
        await ApplyAsync(capital, demoCompany, 15_000_000, "로스팅 원두 구매와 바리스타 1명 추가 채용에 쓰겠습니다. 매출 20% 증가를 목표로 합니다.", 2);
        foreach (var (companyId, i) in others.Take(2).Select((id, i) => (id, i)))
            await ApplyAsync(capital, companyId, 20_000_000 + i * 5_000_000, "원자재 구매 자금으로 생산량을 늘리고 관내 인력을 채용하겠습니다.", 4 + i);
        var inReview = new List<SupportApplication>();
        foreach (var (companyId, i) in others.Skip(2).Select((id, i) => (id, i)))
            inReview.Add(await ApplyAsync(tech, companyId, 30_000_000 + i * 10_000_000, "사물인터넷(IoT) 센서 기반 재고 관리 시제품을 개발하겠습니다.", 10 + i));
        tech.Close(now.AddDays(-1));
        foreach (var a in inReview) a.BeginReview(staff, now.AddDays(-1));
        await db.SaveChangesAsync();
        if (inReview.Count > 0)
        {
            var sheet = SupportReview.Declare(inReview[0].Id, staff, false, null, now);
            sheet.Score(tech.Criteria, new Dictionary<string, int?> { ["사업성"] = 32, ["고용효과"] = 24, ["지역기여"] = 25 }, now);
            db.SupportReviews.Add(sheet);
        }

        (DifficultyCategory Category, string Title, string Text, int DaysAgo, bool Answer)[] difficulties =
        [
            (DifficultyCategory.Finance, "원두 가격 상승으로 운전자금 부족", "수입 원두 가격이 30% 올라 두 달치 운전자금이 모자랍니다. 받을 수 있는 자금 지원을 알려 주세요.", 3, false),
            (DifficultyCategory.Sales, "온라인 판로 개척 방법 문의", "드립백 제품을 온라인으로 팔고 싶은데 입점 지원 사업이 있는지 궁금합니다.", 20, false),
            (DifficultyCategory.Finance, "소상공인 특례보증 신청 서류", "특례보증 신청에 필요한 서류와 절차를 알고 싶습니다.", 25, true),
        ];
        foreach (var d in difficulties)
        {
            var desk = DifficultyRouting.DeskFor(d.Category);
            var difficulty = Difficulty.File(demoCompany, d.Category, d.Title, d.Text, agency.Id, desk, employer, today.AddDays(-d.DaysAgo), now.AddDays(-d.DaysAgo));
            if (d.Answer)
            {
                difficulty.Assign(staff, staff, now.AddDays(-d.DaysAgo + 1));
                difficulty.AnswerWith("사업자등록증, 부가세 과세표준증명, 대표자 신분증을 준비해 센터를 방문해 주세요. 상담 후 보증 신청을 도와드립니다.", staff, now.AddDays(-d.DaysAgo + 2));
            }
            db.Difficulties.Add(difficulty);
        }
        await db.SaveChangesAsync();
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    private static Task<string> DemoPdfAsync(UploadedFiles files)
    {
        var form = new FormFile(new MemoryStream(Pdf), 0, Pdf.Length, "Documents", "demo.pdf");
        return files.SaveAsync(form, SupportApplications.UploadArea, "Documents", default);
    }
}
