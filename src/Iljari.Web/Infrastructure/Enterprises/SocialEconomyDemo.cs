using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Infrastructure.Enterprises;

/// <summary>
/// Twelve demo 사회적경제기업 of the 사회적경제지원센터 over the six types, three 구 and five stages, each brought to its stage
/// the way staff would (a completed activity, then a move), with a headcount update and a revenue band. Demo mode only;
/// does nothing when the centre already has enterprises or does not exist.
/// </summary>
public static class SocialEconomyDemo
{
    private const string Deokyang = "4128100000", IlsanDong = "4128500000", IlsanSeo = "4128700000";

    private sealed record Demo(string Name, SocialEnterpriseType Type, string Gu, SupportStage Stage, int MonthsAgo, int Employees, int Vulnerable,
        int Grown, int GrownVulnerable, string Mission, RevenueBand Band);

    private static readonly Demo[] Enterprises =
    [
        new("행주 나눔두부 협동조합", SocialEnterpriseType.Cooperative, Deokyang, SupportStage.Education, 2, 4, 1, 0, 0, "행주산성 콩으로 두부를 만들어 마을 어르신께 일자리를 드립니다.", RevenueBand.Under100M),
        new("일산 꿈틀 돌봄 사회적협동조합", SocialEnterpriseType.SocialCooperative, IlsanDong, SupportStage.Consulting, 8, 12, 6, 3, 2, "맞벌이 가정의 방과후 돌봄과 경력단절여성 돌봄교사 고용", RevenueBand.From100MTo500M),
        new("고양 햇살 도시락", SocialEnterpriseType.Social, IlsanSeo, SupportStage.Networking, 30, 18, 10, 7, 5, "홀몸 어르신 도시락 배달과 장애인 조리원 고용", RevenueBand.From500MTo1B),
        new("호수 공예 마을기업", SocialEnterpriseType.Village, IlsanDong, SupportStage.Marketing, 20, 6, 2, 2, 1, "호수공원 주변 주민이 만드는 생활공예품", RevenueBand.Under100M),
        new("능곡 다시입는옷 자활기업", SocialEnterpriseType.SelfSufficiency, Deokyang, SupportStage.Commercialisation, 14, 7, 7, 2, 2, "헌 옷 수선·재판매로 자활 참여자의 자립 지원", RevenueBand.Under100M),
        new("백석 청년 커피로스터스", SocialEnterpriseType.PreSocial, IlsanDong, SupportStage.Consulting, 6, 5, 2, 1, 1, "자립준비청년 바리스타 양성과 고용", RevenueBand.From100MTo500M),
        new("화정 어르신 생활공방", SocialEnterpriseType.PreSocial, Deokyang, SupportStage.Education, 1, 3, 2, 0, 0, "은퇴 기술자 어르신의 생활용품 수리 서비스", RevenueBand.Under100M),
        new("탄현 친환경 세탁 협동조합", SocialEnterpriseType.Cooperative, IlsanSeo, SupportStage.Commercialisation, 12, 9, 3, 2, 1, "친환경 세제를 쓰는 공동 세탁 서비스", RevenueBand.From100MTo500M),
        new("빵긋 베이커리", SocialEnterpriseType.Social, Deokyang, SupportStage.Marketing, 26, 15, 11, 4, 3, "발달장애인 제빵사가 굽는 우리밀 빵", RevenueBand.From500MTo1B),
        new("풍동 마을 반찬가게", SocialEnterpriseType.Village, IlsanDong, SupportStage.Education, 3, 4, 1, 1, 0, "마을 부엌에서 만든 반찬으로 1인 가구 식생활 지원", RevenueBand.Under100M),
        new("대화 디지털배움 사회적협동조합", SocialEnterpriseType.SocialCooperative, IlsanSeo, SupportStage.Networking, 28, 10, 4, 5, 2, "어르신·이주민 디지털 교육과 강사 일자리", RevenueBand.From100MTo500M),
        new("관산 자활 청소사업단", SocialEnterpriseType.SelfSufficiency, Deokyang, SupportStage.Consulting, 9, 11, 9, 2, 2, "공공시설 청소 위탁으로 자활 참여자 고용", RevenueBand.From100MTo500M),
    ];

    private static readonly Dictionary<SupportStage, (string Title, string Outcome)> DoneActivity = new()
    {
        [SupportStage.Education] = ("사회적경제 아카데미 기초과정", "대표와 직원 2명 수료"),
        [SupportStage.Consulting] = ("경영·회계 컨설팅", "원가 계산과 월별 결산 체계 마련"),
        [SupportStage.Commercialisation] = ("시제품·브랜드 개발 지원", "브랜드 로고와 포장 디자인 확정"),
        [SupportStage.Marketing] = ("고양 사회적경제 한마당 박람회 참가", "현장 판매 120건, 기관 납품 상담 3건"),
        [SupportStage.Networking] = ("고양 사회적경제 협의회 교류회", "지역 기업 2곳과 공동 납품 협약"),
    };

    public static async Task SeedAsync(AppDbContext db, DateTime now)
    {
        var centre = await db.Agencies.Where(a => a.Code == SocialEconomyAccess.CentreCode).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        if (centre is not { } agencyId || await db.SocialEnterprises.AnyAsync(e => e.AgencyId == agencyId)) return;
        var staff = await db.Users.Where(u => u.OrganisationId == agencyId).OrderBy(u => u.Email == DemoAccounts.SocialCounselor ? 0 : 1)
            .Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync();
        if (staff is null) return;
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(now));
        // One enterprise is linked to a company of the system that has open postings, to show the link on its page.
        var company = await db.JobPostings.Where(p => p.Status == PostingStatus.Open && p.Company!.BusinessNumber != DemoAccounts.CompanyBusinessNumber)
            .Select(p => new { p.CompanyId, p.Company!.BusinessNumber }).FirstOrDefaultAsync();

        for (var i = 0; i < Enterprises.Length; i++)
        {
            var d = Enterprises[i];
            var registered = today.AddMonths(-d.MonthsAgo);
            var at = UtcOf(registered);
            var fields = new SocialEnterpriseFields
            {
                Type = d.Type, Name = d.Name, Representative = Representatives[i], GuCode = d.Gu, Address = $"경기도 고양시 {Addresses[i]}",
                SocialMission = d.Mission, Employees = d.Employees, VulnerableEmployees = d.Vulnerable,
                BusinessNumber = i == 2 && company is not null ? company.BusinessNumber : BusinessNumber.WithCheckDigit($"{631 + i:000}82{10_000 + i * 137:0000}"[..9]),
                DesignatedOn = d.Type == SocialEnterpriseType.Social ? registered.AddMonths(-20) : registered.AddMonths(-1),
                CertifiedOn = d.Type == SocialEnterpriseType.Social ? registered.AddMonths(-2) : null,
            };
            var e = SocialEnterprise.Register(agencyId, fields, registered, staff.Id, staff.DisplayName, at);
            if (i == 2 && company is not null) e.LinkCompany(company.CompanyId);
            db.SocialEnterprises.Add(e);
            await db.SaveChangesAsync();

            // Walk the stages the way staff do: finish an activity of the stage, then move on, a few weeks apart.
            var step = Math.Max(1, d.MonthsAgo * 30 / 6);
            var day = registered;
            var activities = new List<EnterpriseActivity>();
            foreach (var stage in SupportPipeline.Stages.TakeWhile(s => s < d.Stage))
            {
                day = day.AddDays(step);
                var (title, outcome) = DoneActivity[stage];
                var a = EnterpriseActivity.Plan(e.Id, new EnterpriseActivityFields
                {
                    Stage = stage, Title = title, Date = day,
                    ConsultantName = stage == SupportStage.Consulting ? "한지원 경영지도사" : null,
                    ReportSummary = stage == SupportStage.Consulting ? "매출 원가와 인건비 구조를 점검하고 월별 결산표를 만들었습니다." : null,
                }, staff.Id, UtcOf(day.AddDays(-14)));
                a.Complete(outcome, today, staff.Id, UtcOf(day));
                activities.Add(a);
                e.Move(StageMove.Advance, activities, outcome, staff.Id, staff.DisplayName, UtcOf(day.AddDays(1)));
            }
            // What comes next in the current stage: done already for some (they can advance), planned for the others.
            var next = EnterpriseActivity.Plan(e.Id, new EnterpriseActivityFields
            {
                Stage = d.Stage, Title = DoneActivity[d.Stage].Title, Date = i % 3 == 0 ? today.AddDays(-3) : today.AddDays(7 + i),
            }, staff.Id, now);
            if (i % 3 == 0) next.Complete(DoneActivity[d.Stage].Outcome, today, staff.Id, now);
            activities.Add(next);
            db.EnterpriseActivities.AddRange(activities);
            if (d.Grown != 0 && d.MonthsAgo >= 2)
                e.RecordHeadcount(today.AddMonths(-1), d.Employees + d.Grown, d.Vulnerable + d.GrownVulnerable, "분기 고용 현황 보고", today, staff.Id, now);
            db.EnterpriseRevenues.Add(EnterpriseRevenue.Record(e.Id, today.Year - 1, d.Band, today.Year, staff.Id, now));
            await db.SaveChangesAsync();
        }
    }

    private static readonly string[] Representatives = ["김순덕", "이미경", "박해숙", "최민자", "정대호", "한지우", "오병철", "서윤희", "문성아", "장복순", "임태준", "배영수"];

    private static readonly string[] Addresses =
    [
        "덕양구 행주내동 12", "일산동구 마두동 801", "일산서구 주엽동 45", "일산동구 장항동 907", "덕양구 토당동 33", "일산동구 백석동 1290",
        "덕양구 화정동 970", "일산서구 탄현동 1500", "덕양구 원당동 201", "일산동구 풍동 55", "일산서구 대화동 2200", "덕양구 관산동 88",
    ];

    /// <summary>10 o'clock Korean time on the day, as UTC.</summary>
    private static DateTime UtcOf(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(1, 0)), DateTimeKind.Utc);
}
