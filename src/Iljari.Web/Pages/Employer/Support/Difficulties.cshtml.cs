using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Employer.Support;

/// <summary>기업 애로사항: the company files a difficulty (routed by its category), reads the desks' answers, and exports its list.</summary>
public class DifficultiesModel(AppDbContext db, DifficultyDesks desks, UploadedFiles files) : PageModel
{
    public IReadOnlyList<Difficulty> Mine { get; private set; } = [];

    [BindProperty] public FileInput Input { get; set; } = new();

    public sealed class FileInput
    {
        public DifficultyCategory Category { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public IFormFile? Attachment { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        await LoadAsync(companyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        try
        {
            var d = await desks.FileAsync(companyId, Input.Category, Input.Title, Input.Description, Input.Attachment, User.Id()!, ct);
            TempData["Notice"] = $"접수했습니다. {d.Department}에서 {KoreanFormat.Date(d.DueOn)}까지 답변합니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
        }
        await LoadAsync(companyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        var stored = await db.Difficulties.Where(d => d.Id == id && d.CompanyId == companyId).Select(d => d.AttachmentStoredName).FirstOrDefaultAsync(ct);
        return stored is not null && files.Open(DifficultyDesks.UploadArea, stored) is { } f ? File(f.Stream, f.ContentType) : NotFound();
    }

    /// <summary>Every difficulty this company filed (the page shows the latest 100), with the desks' answers.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        return await export.FileAsync("우리 기업 애로사항", SmeSupportExcel.CompanyDifficulties(await Difficulties(companyId).ToListAsync(ct)), ct);
    }

    private IQueryable<Difficulty> Difficulties(int companyId) =>
        db.Difficulties.AsNoTracking().Where(d => d.CompanyId == companyId).OrderByDescending(d => d.FiledAt);

    private async Task LoadAsync(int companyId, CancellationToken ct) => Mine = await Difficulties(companyId).Take(100).ToListAsync(ct);
}
