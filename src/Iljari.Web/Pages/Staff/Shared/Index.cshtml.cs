using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Sharing;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.Shared;

/// <summary>
/// 공유받은 구직자: referrals other agencies sent to this agency (accept → a case opens here; decline with a reason;
/// complete with the outcome the sender sees) and every seeker whose live consent names this agency.
/// Names are masked here; the shared items open on the detail page, which is logged.
/// </summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    public sealed record ReferralRow(AgencyReferral Referral, string FromAgency, string SeekerName);
    public sealed record SharedRow(int SeekerProfileId, string MaskedName, SharedItems Items, DateOnly Until);

    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];
    public IReadOnlyList<SharedRow> Shared { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (await AgencyIdAsync(ct) is not { } agencyId) return Forbid();
        Referrals = await ReferralsAsync(agencyId, ct);
        var consented = db.SharingConsents.AsNoTracking().LiveFor(agencyId, KoreanFormat.TodayInKorea(time));
        var total = await consented.Select(c => c.SeekerProfileId).Distinct().CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        Shared = await SharedAsync(agencyId, (page - 1) * PageSize, PageSize, ct);
        Pager = new Pager(page, PageSize, total, "/Staff/Shared", Request.Query);
        return Page();
    }

    /// <summary>Both lists as the page shows them (names masked); every consenting seeker, not one page.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await AgencyIdAsync(ct) is not { } agencyId) return Forbid();
        var referrals = await ReferralsAsync(agencyId, ct);
        var shared = await SharedAsync(agencyId, 0, int.MaxValue, ct);
        return await export.FileAsync("공유받은 구직자",
        [
            ExcelSheet.Of("받은 연계 요청", referrals, ("요청 번호", r => r.Referral.Id), ("구직자", r => r.SeekerName), ("보낸 기관", r => r.FromAgency),
                ("상태", r => r.Referral.Status.Label()), ("요청일", r => r.Referral.CreatedAt), ("응답일", r => r.Referral.RespondedAt)),
            ExcelSheet.Of("정보 제공 동의", shared, ("구직자 번호", s => s.SeekerProfileId), ("구직자", s => s.MaskedName), ("공유 항목", s => s.Items.ShortLabel()),
                ("동의 기간 끝", s => s.Until)),
        ], ct);
    }

    private async Task<List<ReferralRow>> ReferralsAsync(int agencyId, CancellationToken ct)
    {
        var today = KoreanFormat.TodayInKorea(time);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        // Open referrals, and the ones answered in the last 90 days; a request whose consent was withdrawn or ran out is hidden.
        var since = time.GetUtcNow().UtcDateTime.AddDays(-90);
        var live = db.SharingConsents.LiveFor(agencyId, today).Select(c => c.Id);
        return (await db.AgencyReferrals.AsNoTracking()
                .Where(r => r.ToAgencyId == agencyId && r.Status != AgencyReferralStatus.Declined
                    && (r.Status == AgencyReferralStatus.Requested ? live.Contains(r.ConsentId) : r.Status == AgencyReferralStatus.Accepted || r.RespondedAt > since))
                .OrderByDescending(r => r.CreatedAt).Take(200)
                .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => new { r, s.Name }).ToListAsync(ct))
            .OrderBy(x => x.r.Status).ThenByDescending(x => x.r.CreatedAt)
            .Select(x => new ReferralRow(x.r, agencies.GetValueOrDefault(x.r.FromAgencyId, ""), Masking.Name(x.Name))).ToList();
    }

    private async Task<List<SharedRow>> SharedAsync(int agencyId, int skip, int take, CancellationToken ct)
    {
        var consented = db.SharingConsents.AsNoTracking().LiveFor(agencyId, KoreanFormat.TodayInKorea(time));
        var ids = await consented.Select(c => c.SeekerProfileId).Distinct().OrderBy(i => i).Skip(skip).Take(take).ToListAsync(ct);
        var consents = await consented.Where(c => ids.Contains(c.SeekerProfileId)).Select(c => new { c.SeekerProfileId, c.Items, c.ValidUntil }).ToListAsync(ct);
        var names = await db.SeekerProfiles.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return ids.Select(id => new SharedRow(id, Masking.Name(names.GetValueOrDefault(id, "")),
            consents.Where(c => c.SeekerProfileId == id).Aggregate(SharedItems.None, (all, c) => all | c.Items),
            consents.Where(c => c.SeekerProfileId == id).Max(c => c.ValidUntil))).ToList();
    }

    /// <summary>Accepting opens a case in this agency: with the accepting counselor, or in the queue when an admin accepts.</summary>
    public Task<IActionResult> OnPostAcceptAsync(int referralId, CancellationToken ct) => RespondAsync(referralId, async (r, now) =>
    {
        // The seeker may have withdrawn (or the period ended) since the referral was sent: then there is nothing to accept.
        var today = KoreanFormat.TodayInKorea(time);
        if (!await db.SharingConsents.Where(c => c.Id == r.ConsentId).LiveFor(r.ToAgencyId, today).AnyAsync(ct))
            throw new DomainException("구직자의 정보 제공 동의가 철회되었거나 기간이 끝나 연계를 수락할 수 없습니다.");
        r.Respond(true, null, User.Id()!, now);
        var c = CaseAssignment.Requested(r.SeekerProfileId, r.ToAgencyId, CaseOrigin.AgencyReferral, r.Note, now);
        if (User.IsInRole(Roles.Counselor)) c.AssignTo(User.Id()!, now);
        db.CaseAssignments.Add(c);
        return "연계를 수락했습니다. 상담 목록에 추가되었습니다.";
    }, ct);

    public Task<IActionResult> OnPostDeclineAsync(int referralId, string? outcome, CancellationToken ct) => RespondAsync(referralId, (r, now) =>
    {
        r.Respond(false, outcome, User.Id()!, now);
        return Task.FromResult("연계를 반려했습니다.");
    }, ct);

    public Task<IActionResult> OnPostCompleteAsync(int referralId, string? outcome, CancellationToken ct) => RespondAsync(referralId, (r, now) =>
    {
        r.Complete(outcome, User.Id()!, now);
        return Task.FromResult("연계 결과를 보냈습니다.");
    }, ct);

    private async Task<IActionResult> RespondAsync(int referralId, Func<AgencyReferral, DateTime, Task<string>> change, CancellationToken ct)
    {
        if (await AgencyIdAsync(ct) is not { } agencyId) return Forbid();
        var referral = await db.AgencyReferrals.FirstOrDefaultAsync(r => r.Id == referralId && r.ToAgencyId == agencyId, ct);
        if (referral is null) return NotFound();
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            TempData["Notice"] = await change(referral, now);
            await NotificationWriter.AddAsync(db, referral.FromUserId, NotificationKind.Referral, $"기관 연계 결과: {referral.Status.Label()}",
                $"/Staff/Clients/Sharing/{referral.SeekerProfileId}", $"agency-ref:{referral.Id}:{referral.Status}", now, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsUserError())
        {
            TempData.Remove("Notice");
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }

    /// <summary>Counselors and agency admins act for their agency; the city admin sees no individual seeker.</summary>
    private async Task<int?> AgencyIdAsync(CancellationToken ct) =>
        User.IsInRole(Roles.Counselor) || User.IsInRole(Roles.AgencyAdmin) ? await db.OrganisationIdAsync(User, ct) : null;
}
