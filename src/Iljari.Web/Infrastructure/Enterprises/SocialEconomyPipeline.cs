using System.Security.Claims;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;

namespace Iljari.Web.Infrastructure.Enterprises;

/// <summary>
/// Moves an enterprise one stage (the board's "다음 단계로", the detail page's step back) with the rule and the history row
/// of <see cref="SocialEnterprise.Move"/>. Two staff moving the same enterprise at once: the concurrency token lets one
/// through and the other is told to look again, so the enterprise never skips a stage.
/// </summary>
public sealed class SocialEconomyPipeline(AppDbContext db, TimeProvider time)
{
    /// <summary>The change made, or null when the enterprise is not in the caller's scope; a refusal is a <see cref="DomainException"/>.</summary>
    public async Task<EnterpriseStageChange?> MoveAsync(SocialEconomyScope scope, ClaimsPrincipal user, int enterpriseId, StageMove move, string? note, CancellationToken ct)
    {
        if (!scope.CanEdit) throw new DomainException("단계를 바꿀 권한이 없습니다.");
        if (await db.EnterpriseInScopeAsync(scope, enterpriseId, ct) is not { } enterprise) return null;
        var activities = await db.EnterpriseActivities.AsNoTracking().Where(a => a.EnterpriseId == enterpriseId).ToListAsync(ct);
        var change = enterprise.Move(move, activities, note, user.Id()!, await db.DisplayNameAsync(user, ct), time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("다른 직원이 방금 이 기업의 정보를 바꿨습니다. 화면을 새로 보고 다시 시도해 주세요.");
        }
        return change;
    }

    /// <summary>Which of the given enterprises have a completed activity in each stage (for the board's buttons).</summary>
    public async Task<HashSet<(int EnterpriseId, SupportStage Stage)>> CompletedStagesAsync(IReadOnlyCollection<int> enterpriseIds, CancellationToken ct)
    {
        var rows = await db.EnterpriseActivities.Where(a => enterpriseIds.Contains(a.EnterpriseId) && a.Status == ActivityStatus.Completed)
            .Select(a => new { a.EnterpriseId, a.Stage }).Distinct().ToListAsync(ct);
        return rows.Select(r => (r.EnterpriseId, r.Stage)).ToHashSet();
    }
}
