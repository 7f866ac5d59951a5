using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Employer.Postings;

/// <summary>지원자 관리 for one of the company's postings: filter by status, move each application on. Foreign posting → 404.</summary>
public class ApplicantsModel(AppDbContext db, TimeProvider time) : PageModel
{
    /// <summary>불합격 사유: a fixed list, so reasons can be counted later.</summary>
    public static readonly string[] RejectReasons =
        ["직무 경험 부족", "자격 요건 미충족", "근무 조건 불일치", "다른 지원자 채용", "연락 두절", "기타"];

    public sealed record Row(JobApplication Application, SeekerProfile Seeker, Placement? Placement);

    public JobPosting Posting { get; private set; } = null!;
    public ApplicationStatus? Status { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, ApplicationStatus? status, CancellationToken ct)
    {
        if (await OwnPostingAsync(id, ct) is not { } posting) return NotFound();
        (Posting, Status, Today) = (posting, status, KoreanFormat.TodayInKorea(time));
        var query = db.JobApplications.AsNoTracking().Include(a => a.Events).Where(a => a.JobPostingId == id);
        if (status is { } s) query = query.Where(a => a.Status == s);
        var placements = await db.Placements.AsNoTracking().Where(p => p.JobPostingId == id && p.JobApplicationId != null).ToDictionaryAsync(p => p.JobApplicationId!.Value, ct);
        Rows = (await query.Join(db.SeekerProfiles, a => a.SeekerProfileId, p => p.Id, (a, p) => new { a, p }).ToListAsync(ct))
            .OrderByDescending(x => x.a.CreatedAt).Select(x => new Row(x.a, x.p, placements.GetValueOrDefault(x.a.Id))).ToList();
        return Page();
    }

    /// <summary>Moves an application; 채용 also records the placement (취업) with start date, hours and pay, in one save.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, int applicationId, ApplicationAction action, string? reason, DateTime? interviewAt,
        DateOnly? startDate, int? hoursPerWeek, SalaryType? salaryType, long? salary, bool? employmentInsured, CancellationToken ct)
    {
        if (await OwnPostingAsync(id, ct) is null) return NotFound();
        var application = await db.JobApplications.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == applicationId && a.JobPostingId == id, ct);
        // The seeker's own actions (취소) and the expiry job's are not the employer's to take.
        if (application is null || action is ApplicationAction.Cancel or ApplicationAction.Expire) return NotFound();
        if (action == ApplicationAction.Reject && !RejectReasons.Contains(reason)) reason = null;
        try
        {
            // The form's local time is Korean time.
            DateTime? interviewUtc = interviewAt is { } local ? DateTime.SpecifyKind(local.AddHours(-9), DateTimeKind.Utc) : null;
            if (action == ApplicationAction.Interview && interviewUtc is null) throw new DomainException("면접 일시를 입력해 주세요.");
            var now = time.GetUtcNow().UtcDateTime;
            application.Apply(action, User.Id()!, reason, now, interviewUtc);
            if (action == ApplicationAction.Hire)
                db.Placements.Add(Placement.Record(application, startDate ?? DateOnly.MinValue, hoursPerWeek ?? 0, salaryType ?? SalaryType.Monthly, salary ?? 0, User.Id()!, now,
                    employmentInsured ?? true));
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = $"지원을 ‘{application.Status.Label()}’(으)로 바꿨습니다.";
        }
        catch (Exception e) when (e is DomainException or ValidationFailedException)
        {
            TempData["Error"] = e.Message;
        }
        catch (DbUpdateException)
        {
            // Moved by someone else meanwhile (status check), or already hired (one placement per application).
            TempData["Error"] = JobApplication.ChangedMeanwhile;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>The actions offered for several applicants at once (hiring and interviews need per-person details).</summary>
    public static readonly ApplicationAction[] BulkActions = [ApplicationAction.Review, ApplicationAction.Hold, ApplicationAction.Reject];

    /// <summary>일괄 처리: applies one action to the ticked applications; those whose status does not allow it are skipped.</summary>
    public async Task<IActionResult> OnPostBulkAsync(int id, int[] ids, ApplicationAction action, string? reason, CancellationToken ct)
    {
        if (await OwnPostingAsync(id, ct) is null) return NotFound();
        if (!BulkActions.Contains(action)) return BadRequest();
        if (ids.Length == 0)
        {
            TempData["Error"] = "처리할 지원자를 골라 주세요.";
            return RedirectToPage(new { id });
        }
        if (action == ApplicationAction.Reject && !RejectReasons.Contains(reason))
        {
            TempData["Error"] = "불합격 사유를 골라 주세요.";
            return RedirectToPage(new { id });
        }
        var applications = await db.JobApplications.Include(a => a.Events).Where(a => a.JobPostingId == id && ids.Contains(a.Id)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var done = 0;
        foreach (var a in applications.Where(a => a.Can(action)))
        {
            a.Apply(action, User.Id()!, reason, now);
            done++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            TempData["Error"] = JobApplication.ChangedMeanwhile + " 선택한 지원은 하나도 바뀌지 않았습니다.";
            return RedirectToPage(new { id });
        }
        var skipped = ids.Length - done;
        TempData["Notice"] = $"{done}건을 ‘{action.Label()}’ 처리했습니다." + (skipped > 0 ? $" {skipped}건은 지금 상태에서 할 수 없어 건너뛰었습니다." : "");
        return RedirectToPage(new { id });
    }

    private async Task<JobPosting?> OwnPostingAsync(int id, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        return companyId is null ? null : await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.CompanyId == companyId, ct);
    }
}
