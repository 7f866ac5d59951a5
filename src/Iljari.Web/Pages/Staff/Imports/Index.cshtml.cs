using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.Imports;

namespace Iljari.Web.Pages.Staff.Imports;

/// <summary>
/// 구인공고 가져오기: agency admins and the city admin upload a Work24-style CSV or JSON file; it is processed in the
/// background and the run page shows its progress and every rejected row.
/// </summary>
public class IndexModel(AppDbContext db, ImportSubmission submission) : PageModel
{
    private const int PageSize = 20;

    [BindProperty] public string Source { get; set; } = ImportSubmission.DefaultSource;
    [BindProperty] public bool FullFeed { get; set; }
    [BindProperty] public bool CreateCompanies { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<PostingImportRun> Runs { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var total = await db.PostingImportRuns.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        Runs = await db.PostingImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, total, "/Staff/Imports", Request.Query);
    }

    /// <summary>Every run (not one page), with its counts; file contents and rejected rows stay on the run page.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var runs = await db.PostingImportRuns.AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.FileName, r.Source, r.FullFeed, r.CreatedAt, r.FinishedAt, r.Status, r.TotalRows, r.Created, r.Updated, r.Unchanged, r.Closed, r.Rejected })
            .ToListAsync(ct);
        return await export.FileAsync("구인공고 가져오기 기록", ExcelSheet.Of("가져오기 기록", runs,
            ("번호", r => r.Id), ("파일", r => r.FileName), ("출처", r => r.Source), ("전체 목록", r => r.FullFeed ? "예" : "아니요"),
            ("받은 일시", r => r.CreatedAt), ("끝난 일시", r => r.FinishedAt), ("상태", r => r.Status.Label()), ("전체 행", r => r.TotalRows),
            ("새로 등록", r => r.Created), ("수정", r => r.Updated), ("변경 없음", r => r.Unchanged), ("마감", r => r.Closed), ("거부", r => r.Rejected)), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            if (Upload is null || Upload.Length == 0) throw new ValidationFailedException([new FieldError(nameof(Upload), "가져올 파일을 골라 주세요.")]);
            if (Upload.Length > ImportSubmission.MaxBytes) throw new ValidationFailedException([new FieldError(nameof(Upload), "파일은 10MB 이하만 올릴 수 있습니다. 나눠서 올려 주세요.")]);
            var name = Upload.FileName;
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                throw new ValidationFailedException([new FieldError(nameof(Upload), "CSV(.csv) 또는 JSON(.json) 파일만 올릴 수 있습니다.")]);
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            var run = await submission.SubmitAsync(buffer.ToArray(), name, null,
                new ImportRequest(Source.Trim(), FullFeed, CreateCompanies, User.Id(), null), runSmallNow: false, ct);
            TempData["Notice"] = $"‘{run.FileName}’을 받았습니다. 처리 상황이 아래에 보입니다.";
            return RedirectToPage("Run", new { id = run.Id });
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors) ModelState.AddModelError(error.Field, error.Message);
            await OnGetAsync(1, ct);
            return Page();
        }
    }
}
