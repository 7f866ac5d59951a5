using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Programs;

namespace Iljari.Web.Infrastructure.OpenData;

/// <summary>
/// The published datasets. Each query groups in the database and returns one row per (month, key, measure); nothing
/// about a person leaves the query. Keys are rolled up to the dataset's members afterwards (a few dozen groups).
/// </summary>
public static class OpenDataCatalog
{
    private const string Unknown = "unknown";

    public static readonly IReadOnlyList<OpenDataset> All =
    [
        SeekersByDistrict(), ByOccupation(), HiringEvents(), Programs(), IncentivePayments(),
    ];

    public static OpenDataset? Find(string? id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    private static OpenDataset SeekersByDistrict()
    {
        var regions = ReferenceCatalog.Instance.Regions;
        Member[] members = [.. regions.AtLevel("gu").Select(g => new Member(g.Code, g.Name)), new("outside", "고양시 외"), new(Unknown, "미상")];
        string MemberOf(string? code) => regions.Lineage(code).FirstOrDefault(e => e.Level == "gu")?.Code
            ?? (regions.Find(code) is { Level: "city" } c && c.Code != "4128000000" ? "outside" : Unknown);
        return new("seekers-by-district", "월별 구별 구직자 등록·취업자 수",
            "달마다 새로 등록한 구직자 수(첫째 희망 근무지의 구 기준)와 취업자 수(취업 기록의 입사일 기준, 근무지는 공고의 근무지 구; 시스템 밖 취업은 미상).",
            "구직자 프로필, 취업 기록(Placement)", "district", "구", members, MemberOf,
            [
                new("new_seekers", "신규 구직자", MeasureKind.People, "명", "그 달에 가입한 구직자 수"),
                new("placements", "취업자", MeasureKind.People, "명", "입사일이 그 달인 취업 기록 수"),
            ],
            async (db, period, _, ct) =>
            {
                var (from, to) = (period.FromUtc, period.ToUtcExclusive);
                var seekers = await db.SeekerProfiles.Where(p => p.CreatedAt >= from && p.CreatedAt < to)
                    .Select(p => new { At = p.CreatedAt.AddHours(9), Region = p.DesiredRegions.FirstOrDefault() })
                    .GroupBy(x => new { x.At.Year, x.At.Month, x.Region }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.Region, N = g.Count() }).ToListAsync(ct);
                var (first, end) = (period.First, period.EndExclusive);
                var placements = await (from pl in db.Placements
                                        where pl.StartDate >= first && pl.StartDate < end
                                        join post in db.JobPostings on pl.JobPostingId equals post.Id into posts
                                        from post in posts.DefaultIfEmpty()
                                        group pl by new { pl.StartDate.Year, pl.StartDate.Month, Region = post == null ? null : post.RegionCode } into g
                                        select new { g.Key.Year, g.Key.Month, g.Key.Region, N = g.Count() }).ToListAsync(ct);
                return [.. seekers.Select(s => new RawCount(s.Year, s.Month, s.Region, "new_seekers", s.N)),
                        .. placements.Select(p => new RawCount(p.Year, p.Month, p.Region, "placements", p.N))];
            });
    }

    private static OpenDataset ByOccupation()
    {
        var majors = ReferenceCatalog.Instance.Occupations.AtLevel("major").Select(o => new Member(o.Code, o.Name)).ToList();
        return new("occupations", "직종(KECO)별 구인·구직 현황",
            "달마다 게시된 구인공고 수와 모집 인원(공고의 직종), 그 달에 등록한 구직자 중 그 직종을 희망하는 사람 수. 직종은 한국고용직업분류(KECO 2018) 대분류.",
            "구인공고, 구직자 프로필의 희망 직종", "occupation", "직종 대분류", [.. majors, new(Unknown, "미상")],
            code => majors.Any(m => m.Code == code) ? code! : Unknown,
            [
                new("postings", "게시 공고", MeasureKind.Count, "건", "그 달에 처음 게시된 구인공고 수"),
                new("openings", "모집 인원", MeasureKind.Count, "명", "그 공고들의 모집 인원 합"),
                new("seekers_wanting", "희망 구직자", MeasureKind.People, "명",
                    "그 달에 등록한 구직자 중 그 직종을 희망하는 사람 수(여러 직종을 희망하면 각 직종에 셈; 합계 행은 희망 직종이 있는 구직자 수)", Additive: false),
            ],
            async (db, period, _, ct) =>
            {
                var (start, stop) = (period.FromUtc, period.ToUtcExclusive);
                var postings = await db.JobPostings.Where(p => p.PublishedAt >= start && p.PublishedAt < stop)
                    .Select(p => new { At = p.PublishedAt!.Value.AddHours(9), Major = p.OccupationCode.Substring(0, 1), p.Openings })
                    .GroupBy(x => new { x.At.Year, x.At.Month, x.Major })
                    .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Major, N = g.Count(), Openings = g.Sum(x => x.Openings) }).ToListAsync(ct);
                // One GROUP BY month per 대분류 (about ten): EXISTS over the JSON/array column counts each seeker once per group.
                var registered = db.SeekerProfiles.Where(p => p.CreatedAt >= start && p.CreatedAt < stop);
                var wanting = new List<RawCount>();
                foreach (var major in majors.Select(m => m.Code).Append(RawCount.TotalKey))
                {
                    var who = major == RawCount.TotalKey ? registered.Where(p => p.DesiredOccupations.Any())
                        : registered.Where(p => p.DesiredOccupations.Any(o => o.StartsWith(major)));
                    wanting.AddRange((await who.Select(p => p.CreatedAt.AddHours(9)).GroupBy(at => new { at.Year, at.Month })
                        .Select(g => new { g.Key.Year, g.Key.Month, N = g.Count() }).ToListAsync(ct))
                        .Select(g => new RawCount(g.Year, g.Month, major, "seekers_wanting", g.N)));
                }
                return [.. postings.Select(p => new RawCount(p.Year, p.Month, p.Major, "postings", p.N)),
                        .. postings.Select(p => new RawCount(p.Year, p.Month, p.Major, "openings", p.Openings)),
                        .. wanting];
            });
    }

    private static OpenDataset HiringEvents() => new("hiring-events", "채용행사 실적",
        "행사 날짜가 그 달인 채용행사(박람회, 현장면접, 설명회, 찾아가는 행사)의 수와 참가·입장·면접·합격 인원. 취소·작성 중인 행사는 빼고 셈.",
        "채용행사, 참가 등록, 행사 면접", "event_kind", "행사 종류",
        [.. Enum.GetValues<EventKind>().Select(k => new Member(k.ToString(), k.Label()))], key => key ?? "",
        [
            new("events", "행사", MeasureKind.Count, "건", "그 달에 열린 행사 수"),
            new("registered", "참가 확정", MeasureKind.People, "명", "참가가 확정된 구직자 수(대기·취소 제외)"),
            new("attended", "입장", MeasureKind.People, "명", "행사장에 입장(체크인)한 구직자 수"),
            new("interviewed", "면접", MeasureKind.People, "건", "결과가 기록된 행사 면접 수"),
            new("passed", "합격", MeasureKind.People, "건", "합격으로 기록된 행사 면접 수"),
        ],
        async (db, period, _, ct) =>
        {
            var (first, end) = (period.First, period.EndExclusive);
            var held = db.HiringEvents.Where(e => e.Date >= first && e.Date < end && e.Status != EventStatus.Cancelled && e.Status != EventStatus.Draft);
            var events = await held.GroupBy(e => new { e.Date.Year, e.Date.Month, e.Kind }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, N = g.Count() }).ToListAsync(ct);
            var registrations = await (from r in db.EventRegistrations
                                       join e in held on r.EventId equals e.Id
                                       where r.Status == RegistrationStatus.Registered
                                       group r by new { e.Date.Year, e.Date.Month, e.Kind } into g
                                       select new { g.Key.Year, g.Key.Month, g.Key.Kind, N = g.Count(), In = g.Count(r => r.CheckedInAt != null) }).ToListAsync(ct);
            var interviews = await (from i in db.EventInterviews
                                    join e in held on i.EventId equals e.Id
                                    where i.Outcome != InterviewOutcome.None
                                    group i by new { e.Date.Year, e.Date.Month, e.Kind } into g
                                    select new { g.Key.Year, g.Key.Month, g.Key.Kind, N = g.Count(), Passed = g.Count(i => i.Outcome == InterviewOutcome.Pass) }).ToListAsync(ct);
            return [.. events.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "events", x.N)),
                    .. registrations.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "registered", x.N)),
                    .. registrations.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "attended", x.In)),
                    .. interviews.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "interviewed", x.N)),
                    .. interviews.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "passed", x.Passed))];
        });

    private static OpenDataset Programs() => new("programs", "일자리 프로그램 참여·수료 현황",
        "마지막 회차 날짜가 그 달인 프로그램의 신청·참여·수료 인원(프로그램 종류별). 수료는 마지막 회차가 지난 프로그램에서 출석(지각 포함)이 수료 기준 비율 이상인 참여자.",
        "프로그램, 신청, 회차, 출석", "program_kind", "프로그램 종류",
        [.. Enum.GetValues<ProgramKind>().Select(k => new Member(k.ToString(), k.Label()))], key => key ?? "",
        [
            new("applicants", "신청", MeasureKind.People, "명", "취소하지 않은 신청자 수(대기·반려 포함)"),
            new("participants", "참여", MeasureKind.People, "명", "참여가 확정된 사람 수"),
            new("completed", "수료", MeasureKind.People, "명", "수료 기준을 채운 참여자 수(프로그램이 끝난 뒤에만 셈)"),
        ],
        async (db, period, today, ct) =>
        {
            var (first, end) = (period.First, period.EndExclusive);
            var rows = from a in db.ProgramApplications
                       join p in db.Programs on a.ProgramId equals p.Id
                       where a.Status != ProgramApplicationStatus.Cancelled
                       let last = db.ProgramSessions.Where(s => s.ProgramId == p.Id).Max(s => (DateOnly?)s.Date)
                       let sessions = db.ProgramSessions.Count(s => s.ProgramId == p.Id)
                       let attended = db.ProgramAttendance.Count(m => m.ProgramApplicationId == a.Id && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late))
                       where last >= first && last < end
                       select new
                       {
                           last!.Value.Year, last.Value.Month, p.Kind,
                           Participant = a.Status == ProgramApplicationStatus.Approved,
                           Completed = a.Status == ProgramApplicationStatus.Approved && last < today && attended * 100 >= p.CompletionPercent * sessions,
                       };
            var grouped = await rows.GroupBy(x => new { x.Year, x.Month, x.Kind })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, N = g.Count(), Participants = g.Count(x => x.Participant), Completed = g.Count(x => x.Completed) }).ToListAsync(ct);
            return [.. grouped.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "applicants", x.N)),
                    .. grouped.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "participants", x.Participants)),
                    .. grouped.Select(x => new RawCount(x.Year, x.Month, x.Kind.ToString(), "completed", x.Completed))];
        });

    private static OpenDataset IncentivePayments() => new("incentive-payments", "취업성공장려금 지급 현황",
        "지급일이 그 달인 취업성공장려금의 지급 건수와 지급액(지급 차수별). 환수된 지급은 빼고 셈.",
        "취업성공장려금 청구(지급 완료)", "milestone", "지급 차수",
        [new("6", "1차(근속 6개월)"), new("12", "2차(근속 12개월)"), new("other", "그 밖의 차수")], key => key is "6" or "12" ? key : "other",
        [
            new("paid_claims", "지급 건수", MeasureKind.People, "건", "그 달에 지급된 청구 수(한 사람은 한 차수에 한 번만 받음)"),
            new("paid_amount", "지급액", MeasureKind.Amount, "원", "그 달에 지급된 금액 합", HiddenWith: "paid_claims"),
        ],
        async (db, period, _, ct) =>
        {
            var (from, to) = (period.FromUtc, period.ToUtcExclusive);
            var paid = await db.IncentiveClaims.Where(c => c.Status == ClaimStatus.Paid && c.PaidAt >= from && c.PaidAt < to)
                .Select(c => new { At = c.PaidAt!.Value.AddHours(9), c.MilestoneMonths, c.Amount })
                .GroupBy(x => new { x.At.Year, x.At.Month, x.MilestoneMonths })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.MilestoneMonths, N = g.Count(), Sum = g.Sum(x => x.Amount) }).ToListAsync(ct);
            return [.. paid.Select(x => new RawCount(x.Year, x.Month, x.MilestoneMonths.ToString(System.Globalization.CultureInfo.InvariantCulture), "paid_claims", x.N)),
                    .. paid.Select(x => new RawCount(x.Year, x.Month, x.MilestoneMonths.ToString(System.Globalization.CultureInfo.InvariantCulture), "paid_amount", x.Sum))];
        });
}
