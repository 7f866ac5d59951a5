using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Incentives;

/// <summary>The claim's paper work: filing with evidence, adding evidence and resubmitting, and the non-money decisions.</summary>
public sealed class IncentiveClaims(AppDbContext db, IncentiveProgress progress, UploadedFiles files, TimeProvider time)
{
    public const string UploadArea = "incentives";

    public sealed record Evidence(EvidenceKind Kind, IFormFile? File);

    /// <summary>
    /// Files a claim for a milestone the seeker has met, checked against the seeker's own chains (never trusting the
    /// form for dates or amounts). A second filing for the same milestone returns the standing claim.
    /// </summary>
    public async Task<IncentiveClaim> FileAsync(int seekerProfileId, int placementId, int months, string? bank, string? account, string? holder,
        IReadOnlyList<Evidence> evidence, string userId, CancellationToken ct)
    {
        var state = await progress.ForSeekerAsync(seekerProfileId, ct);
        if (state.Scheme is null) throw new DomainException("올해 취업성공장려금 사업이 아직 열리지 않았습니다.");
        var chain = state.Chains.FirstOrDefault(c => c.Placement.Id == placementId) ?? throw new DomainException("청구할 수 있는 취업 기록이 아닙니다.");
        if (!chain.Verdict.Eligible) throw new DomainException(chain.Verdict.Unmet[0]);
        var milestone = chain.Milestones.FirstOrDefault(m => m.Milestone.Months == months) ?? throw new DomainException("이 사업에 없는 지급 시점입니다.");
        if (milestone.Claim is { } standing) return standing;
        if (milestone.ReachedOn is not { } reached) throw new DomainException($"아직 {months}개월 근속을 채우지 않았습니다.");
        if (state.AgencyId is not { } agencyId) throw new DomainException("상담 중인 기관이 없어 청구를 심사할 곳이 없습니다. 먼저 상담을 신청해 주세요.");
        if (evidence.All(e => e.File is null or { Length: 0 }))
            throw new ValidationFailedException([new FieldError("Evidence", "고용보험 가입 이력이나 재직증명서를 올려 주세요.")]);

        var now = time.GetUtcNow().UtcDateTime;
        var claim = IncentiveClaim.File(state.Scheme, seekerProfileId, placementId, agencyId, milestone.Milestone, reached, bank, account, holder, userId, now);
        await AttachAsync(claim, evidence, now, ct);
        db.IncentiveClaims.Add(claim);
        await NotifyAgencyAsync(claim, $"취업성공장려금 청구가 접수되었습니다 ({months}개월).", ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return claim;
        }
        catch (DbUpdateException)
        {
            // A double submit raced this one: the unique index kept one claim; show that one.
            db.ChangeTracker.Clear();
            return await db.IncentiveClaims.FirstOrDefaultAsync(c => c.PlacementId == placementId && c.MilestoneMonths == months && IncentiveClaim.Live.Contains(c.Status), ct)
                ?? throw new DomainException("청구를 저장하지 못했습니다. 잠시 후 다시 시도해 주세요.");
        }
    }

    /// <summary>보완: the seeker adds the missing documents and sends the claim back to review.</summary>
    public async Task ResubmitAsync(int seekerProfileId, int claimId, IReadOnlyList<Evidence> evidence, CancellationToken ct)
    {
        var claim = await db.IncentiveClaims.Include(c => c.Evidence).FirstOrDefaultAsync(c => c.Id == claimId && c.SeekerProfileId == seekerProfileId, ct)
            ?? throw new DomainException("청구를 찾을 수 없습니다.");
        if (evidence.All(e => e.File is null or { Length: 0 })) throw new ValidationFailedException([new FieldError("Evidence", "보완할 서류를 올려 주세요.")]);
        var now = time.GetUtcNow().UtcDateTime;
        await AttachAsync(claim, evidence, now, ct);
        claim.Resubmit(now);
        await NotifyAgencyAsync(claim, "보완 서류가 제출된 취업성공장려금 청구가 있습니다.", ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideAsync(int claimId, int agencyId, bool reject, string? reason, string userId, CancellationToken ct)
    {
        var claim = await db.IncentiveClaims.Include(c => c.Evidence).FirstOrDefaultAsync(c => c.Id == claimId && c.AgencyId == agencyId, ct)
            ?? throw new DomainException("청구를 찾을 수 없습니다.");
        var now = time.GetUtcNow().UtcDateTime;
        if (reject) claim.Reject(userId, reason, now);
        else claim.RequestSupplement(userId, reason, now);
        var user = await db.SeekerProfiles.Where(s => s.Id == claim.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
        await NotificationWriter.AddAsync(db, user, NotificationKind.Counseling,
            reject ? "취업성공장려금 청구가 반려되었습니다." : "취업성공장려금 청구에 보완이 필요합니다.", "/Seeker/Incentive", $"claim:{claim.Id}:{claim.Status}:{claim.Version}", now, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task AttachAsync(IncentiveClaim claim, IReadOnlyList<Evidence> evidence, DateTime now, CancellationToken ct)
    {
        // Check every file before storing any, so a bad second file does not leave the first one behind.
        foreach (var e in evidence.Where(e => e.File is { Length: > UploadedFiles.MaxBytes }))
            throw new ValidationFailedException([new FieldError("Evidence", $"{e.Kind.Label()}: 파일은 5MB 이하만 올릴 수 있습니다.")]);
        foreach (var e in evidence.Where(e => e.File is { Length: > 0 }))
            claim.AddEvidence(ClaimEvidence.Of(e.Kind, await files.SaveAsync(e.File, UploadArea, "Evidence", ct), e.File!.FileName, now));
    }

    private async Task NotifyAgencyAsync(IncentiveClaim claim, string title, CancellationToken ct)
    {
        // The counselor of the open case, or, with none, every staff member of the agency.
        var counselor = await db.CaseAssignments.Where(c => c.SeekerProfileId == claim.SeekerProfileId && c.AgencyId == claim.AgencyId && c.ClosedAt == null)
            .Select(c => c.CounselorUserId).FirstOrDefaultAsync(ct);
        var users = counselor is not null ? [counselor] : await NotificationWriter.UsersOfAsync(db, claim.AgencyId, ct);
        await NotificationWriter.AddAsync(db, users, NotificationKind.Counseling, title, "/Staff/Incentives", $"claim-in:{claim.SeekerProfileId}:{claim.PlacementId}:{claim.MilestoneMonths}:{claim.FiledAt.Ticks}",
            time.GetUtcNow().UtcDateTime, ct);
    }
}
