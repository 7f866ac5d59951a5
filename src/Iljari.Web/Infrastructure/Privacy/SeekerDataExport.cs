using System.Text.Encodings.Web;
using System.Text.Json;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary>One titled table of the seeker's data: the page shows it as a table, the JSON file keeps the same shape.</summary>
public sealed record DataSection(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

public sealed record SeekerData(DateTime ExportedAt, string Account, IReadOnlyList<DataSection> Sections);

/// <summary>
/// 개인정보 열람·내려받기 (개인정보 보호법 제35조, 제35조의2): everything the system holds about the signed-in seeker —
/// profile, 민감정보, applications, placements, programs, events, counseling plan and appointments, consents, incentive
/// claims and payments, messages, and who viewed their data (the access log). Every query is keyed by the caller's own
/// profile, so nothing of another seeker can appear. Counselors' internal case notes are not included (제35조④:
/// they are the agency's working records); the seeker may ask the agency for them.
/// </summary>
public sealed class SeekerDataExport(AppDbContext db, SensitiveDetailsStore sensitive, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public async Task<SeekerData> CollectAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        var sections = new List<DataSection>
        {
            Table("계정", ["항목", "내용"], [["이메일(아이디)", user.Email ?? ""], ["이름", user.DisplayName], ["가입일", KoreanFormat.Date(user.CreatedAt)],
                ["마지막 로그인", user.LastSignInAt is { } s ? KoreanFormat.DateAndTime(s) : "-"]]),
        };
        var p = await db.SeekerProfiles.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == userId, ct);
        if (p is not null) sections.AddRange(await ProfileSectionsAsync(p, ct));
        return new SeekerData(time.GetUtcNow().UtcDateTime, user.Email ?? "", sections);
    }

    private async Task<List<DataSection>> ProfileSectionsAsync(Core.Domain.Seekers.SeekerProfile p, CancellationToken ct)
    {
        var refs = ReferenceCatalog.Instance;
        var id = p.Id;
        var list = new List<DataSection>
        {
            Table("이력서·프로필", ["항목", "내용"], [
                ["이름", p.Name], ["출생", $"{p.BirthYear}년 {p.BirthMonth}월"], ["휴대전화", p.Phone], ["이메일", p.Email],
                ["희망 직종", string.Join(", ", p.DesiredOccupations.Select(refs.Occupations.NameOf))],
                ["희망 지역", string.Join(", ", p.DesiredRegions.Select(refs.Regions.FullName))],
                ["희망 급여", p.DesiredSalary is { } pay ? $"{p.DesiredSalaryType.Label()} {KoreanFormat.Won(pay)}" : "협의"],
                ["희망 고용 형태", string.Join(", ", p.EmploymentTypes.Select(t => t.Label()))], ["최종 학력", p.Education.Label()],
                ["경력", string.Join(" / ", p.Careers.Select(c => $"{c.CompanyName} {c.Role} {c.Start:yyyy.M}~{c.End?.ToString("yyyy.M") ?? "재직 중"}"))],
                ["자격증", string.Join(", ", p.Certificates)], ["보유 기술", string.Join(", ", p.Skills)], ["자기소개", p.Introduction ?? ""],
                ["대상 계층", string.Join(", ", p.Circumstances.Select(Core.Domain.Board.TargetGroups.Label))], ["고양시 거주", p.LivesInGoyang ? "예" : "아니요"],
                ["취업 상태", p.Status.Label()], ["기업 공개", p.Discoverable ? "허용" : "비공개"]]),
        };
        var s = await sensitive.ReadAsync(id, ct);
        list.Add(Table("민감정보(암호화 보관)", ["항목", "내용"], s is null ? [] : [
            ["장애 유형", s.DisabilityType ?? "-"], ["장애 정도", s.DisabilitySeverity ?? "-"], ["소득 구분", s.IncomeClass ?? "-"],
            ["건강 관련 메모", s.HealthNote ?? "-"], ["보훈 대상 구분", s.VeteranClass ?? "-"]]));

        var apps = await (from a in db.JobApplications.AsNoTracking().Where(a => a.SeekerProfileId == id)
                          join j in db.JobPostings on a.JobPostingId equals j.Id
                          join c in db.Companies on a.CompanyId equals c.Id
                          orderby a.CreatedAt
                          select new { a, j.Title, Company = c.Name }).ToListAsync(ct);
        list.Add(Table("지원·알선", ["지원일", "공고", "기업", "경로", "상태", "메시지"],
            apps.Select(x => Row(KoreanFormat.Date(x.a.CreatedAt), x.Title, x.Company, x.a.Source.Label(), x.a.Status.Label(), x.a.Note ?? ""))));
        var placements = await db.Placements.AsNoTracking().Where(x => x.SeekerProfileId == id).OrderBy(x => x.StartDate).ToListAsync(ct);
        list.Add(Table("취업 기록", ["입사일", "퇴사일", "주 근로시간", "급여", "고용보험"],
            placements.Select(x => Row(KoreanFormat.Date(x.StartDate), x.EndDate is { } e ? KoreanFormat.Date(e) : "-", $"{x.HoursPerWeek}시간",
                $"{x.SalaryType.Label()} {KoreanFormat.Won(x.Salary)}", x.EmploymentInsured ? "가입" : "미가입"))));
        var programs = await db.ProgramApplications.AsNoTracking().Where(x => x.SeekerProfileId == id)
            .Join(db.Programs, a => a.ProgramId, g => g.Id, (a, g) => new { a, g.Title }).OrderBy(x => x.a.AppliedAt).ToListAsync(ct);
        list.Add(Table("프로그램 참여", ["신청일", "프로그램", "상태", "자격 판단"],
            programs.Select(x => Row(KoreanFormat.Date(x.a.AppliedAt), x.Title, x.a.Status.Label(), x.a.EligibilityReason))));
        var events = await db.EventRegistrations.AsNoTracking().Where(x => x.SeekerProfileId == id)
            .Join(db.HiringEvents, r => r.EventId, e => e.Id, (r, e) => new { r, e.Title }).OrderBy(x => x.r.RegisteredAt).ToListAsync(ct);
        list.Add(Table("채용행사 참가", ["신청일", "행사", "상태", "입장"],
            events.Select(x => Row(KoreanFormat.Date(x.r.RegisteredAt), x.Title, x.r.Status.Label(), x.r.CheckedInAt is { } t ? KoreanFormat.DateAndTime(t) : "-"))));
        list.AddRange(await CounselingAndConsentsAsync(id, ct));
        list.AddRange(await IncentivesAsync(id, ct));
        list.Add(await MessagesAsync(p, ct));
        var views = await db.AccessLog.AsNoTracking().Where(e => e.SubjectSeekerProfileId == id).OrderBy(e => e.Sequence)
            .GroupJoin(db.Organisations, e => e.OrganisationId, o => o.Id, (e, os) => new { e, os })
            .SelectMany(x => x.os.DefaultIfEmpty(), (x, o) => new { x.e, Org = o == null ? null : o.Name }).ToListAsync(ct);
        list.Add(Table("내 정보 열람 기록(접속기록)", ["일시", "기관", "담당자 계정", "행위", "내용"],
            views.Select(x => Row(KoreanFormat.DateAndTime(x.e.At), x.Org ?? (x.e.UserId == p.UserId ? "본인" : "-"), x.e.UserName, x.e.Action, x.e.Detail))));
        return list;
    }

    private async Task<List<DataSection>> CounselingAndConsentsAsync(int id, CancellationToken ct)
    {
        var steps = await db.ActionPlanSteps.AsNoTracking().Where(x => x.SeekerProfileId == id).OrderBy(x => x.CreatedAt).ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Where(x => x.SeekerProfileId == id).OrderBy(x => x.At).ToListAsync(ct);
        var consents = await db.SharingConsents.AsNoTracking().Where(x => x.SeekerProfileId == id).OrderBy(x => x.CreatedAt).ToListAsync(ct);
        var agencyIds = consents.SelectMany(c => c.RecipientAgencyIds).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return
        [
            Table("취업활동계획", ["목표", "실행 단계", "기한", "완료"], steps.Select(x => Row(x.Goal, x.Title, x.DueDate is { } d ? KoreanFormat.Date(d) : "-",
                x.CompletedAt is { } c ? KoreanFormat.Date(c) : "진행 중"))),
            Table("상담 일정", ["일시", "목적", "장소", "상태"], appointments.Select(x => Row(KoreanFormat.DateAndTime(x.At), x.Purpose, x.Place ?? "",
                x.Status switch { Core.Domain.Counseling.AppointmentStatus.Scheduled => "예정", Core.Domain.Counseling.AppointmentStatus.Done => "완료", _ => "취소" }))),
            Table("정보 제공 동의", ["동의일", "목적", "받는 기관", "항목", "기간", "철회"], consents.Select(x => Row(KoreanFormat.Date(x.CreatedAt), x.Purpose,
                string.Join(", ", x.RecipientAgencyIds.Select(a => agencies.GetValueOrDefault(a, ""))), x.Items.Label(),
                $"{KoreanFormat.Date(x.ValidFrom)} ~ {KoreanFormat.Date(x.ValidUntil)}", x.WithdrawnAt is { } w ? KoreanFormat.Date(w) : "-"))),
        ];
    }

    private async Task<List<DataSection>> IncentivesAsync(int id, CancellationToken ct)
    {
        var claims = await db.IncentiveClaims.AsNoTracking().Where(x => x.SeekerProfileId == id).OrderBy(x => x.FiledAt).ToListAsync(ct);
        var claimIds = claims.Select(c => c.Id).ToList();
        var payments = await db.LedgerTransactions.AsNoTracking()
            .Where(t => t.ClaimId != null && claimIds.Contains(t.ClaimId.Value) && (t.Kind == LedgerKind.Payment || t.Kind == LedgerKind.Reversal))
            .Select(t => new { t.ClaimId, t.Kind, t.CreatedAt }).OrderBy(t => t.CreatedAt).ToListAsync(ct);
        var amounts = claims.ToDictionary(c => c.Id, c => c.Amount);
        return
        [
            Table("취업성공장려금 청구", ["청구일", "지급 시점", "금액", "상태", "은행", "계좌", "예금주"], claims.Select(x => Row(KoreanFormat.Date(x.FiledAt),
                $"{x.MilestoneMonths}개월", KoreanFormat.Won(x.Amount), x.Status.Label(), x.BankName, x.MaskedAccount, x.AccountHolder))),
            Table("장려금 지급·환수", ["일자", "구분", "금액"], payments.Select(x => Row(KoreanFormat.Date(x.CreatedAt), x.Kind.Label(),
                KoreanFormat.Won(amounts.GetValueOrDefault(x.ClaimId!.Value))))),
        ];
    }

    private async Task<DataSection> MessagesAsync(Core.Domain.Seekers.SeekerProfile p, CancellationToken ct)
    {
        var messages = await (from t in db.MessageThreads.AsNoTracking().Where(t => t.SeekerProfileId == p.Id)
                              join m in db.Messages on t.Id equals m.MessageThreadId
                              orderby m.SentAt
                              select new { t.Subject, m.FromSeeker, m.Body, m.SentAt }).ToListAsync(ct);
        return Table("메시지", ["일시", "대화", "보낸 사람", "내용"], messages.Select(m => Row(KoreanFormat.DateAndTime(m.SentAt), m.Subject, m.FromSeeker ? "나" : "상대", m.Body)));
    }

    private static string[] Row(params string[] cells) => cells;

    private static DataSection Table(string title, string[] columns, IEnumerable<string[]> rows) => new(title, columns, rows.ToList());
}
