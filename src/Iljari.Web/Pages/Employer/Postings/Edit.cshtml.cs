using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Employer.Postings;

/// <summary>Create (작성중) or edit one of the employer's own postings; optionally publish in the same step.</summary>
public class EditModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public PostingInput Input { get; set; } = new();

    public bool IsNew { get; private set; } = true;
    public bool CanPublish { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            Input.CloseDate = KoreanFormat.TodayInKorea(time).AddDays(30);
            return Page();
        }
        var posting = await OwnPostingAsync(id.Value, ct);
        if (posting is null || posting.Status == PostingStatus.Filled) return NotFound();
        (IsNew, CanPublish) = (false, posting.Can(PostingAction.Publish));
        Input = PostingInput.From(posting.Fields);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, bool publish, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        if (companyId is null) return NotFound();
        var posting = id is null ? null : await OwnPostingAsync(id.Value, ct);
        if (id is not null && (posting is null || posting.Status == PostingStatus.Filled)) return NotFound();
        (IsNew, CanPublish) = (posting is null, posting?.Can(PostingAction.Publish) ?? true);
        if (!ModelState.IsValid) return Page();

        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            if (posting is null)
            {
                posting = JobPosting.Draft(companyId.Value, Input.ToFields(), now);
                db.JobPostings.Add(posting);
            }
            else posting.Edit(Input.ToFields(), now);
            if (publish && posting.Can(PostingAction.Publish)) posting.Apply(PostingAction.Publish, now);
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors) ModelState.AddModelError($"Input.{error.Field}", error.Message);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = posting.Status == PostingStatus.Open ? "공고를 게시했습니다. 채용정보 검색에 바로 나타납니다." : "공고를 저장했습니다.";
        return RedirectToPage("/Employer/Postings/Index");
    }

    private async Task<JobPosting?> OwnPostingAsync(int id, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        return await db.JobPostings.FirstOrDefaultAsync(p => p.Id == id && p.CompanyId == companyId, ct);
    }
}
