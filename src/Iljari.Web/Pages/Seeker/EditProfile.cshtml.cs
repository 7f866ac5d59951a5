using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Seeker;

/// <summary>The seeker writes their own profile; there is no id in the URL, so nobody can edit another's.</summary>
public class EditProfileModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public ProfileInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profile = await OwnProfileAsync(ct);
        if (profile is not null) Input = ProfileInput.From(profile);
        if (Input.Careers.Count == 0) Input.Careers.Add(new CareerInput());
    }

    public async Task<IActionResult> OnPostAsync(bool addCareer, CancellationToken ct)
    {
        if (addCareer)
        {
            // "경력 추가" re-renders the form with one more empty row; nothing is saved and nothing typed is lost.
            ModelState.Clear();
            if (Input.Careers.Count < 10) Input.Careers.Add(new CareerInput());
            return Page();
        }
        for (var i = 0; i < Input.Careers.Count; i++)
        {
            var c = Input.Careers[i];
            if (c.IsBlank) continue;
            if (!CareerInput.TryMonth(c.Start, out _)) ModelState.AddModelError($"Input.Careers[{i}]", $"경력 {i + 1}: 시작 년월을 입력해 주세요.");
            if (!string.IsNullOrWhiteSpace(c.End) && !CareerInput.TryMonth(c.End, out _)) ModelState.AddModelError($"Input.Careers[{i}]", $"경력 {i + 1}: 종료 년월이 올바르지 않습니다.");
        }
        var profile = await OwnProfileAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var isNew = profile is null;
        profile ??= new SeekerProfile { UserId = User.Id()!, CreatedAt = now };
        var email = await db.Users.Where(u => u.Id == profile.UserId).Select(u => u.Email).FirstAsync(ct) ?? "";
        Input.ApplyTo(profile, email);
        // Keep row indexes aligned with the form: validation messages name "경력 N" by the rows the user sees.
        if (ModelState.IsValid)
            foreach (var e in SeekerProfileRules.Validate(profile, KoreanFormat.TodayInKorea(time)))
                ModelState.AddModelError($"Input.{e.Field}", e.Message);
        if (!ModelState.IsValid)
        {
            if (Input.Careers.Count == 0) Input.Careers.Add(new CareerInput());
            return Page();
        }
        profile.UpdatedAt = now;
        if (isNew) db.SeekerProfiles.Add(profile);
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = "이력서를 저장했습니다.";
        return RedirectToPage("/Seeker/Profile");
    }

    private Task<SeekerProfile?> OwnProfileAsync(CancellationToken ct)
    {
        var userId = User.Id();
        return db.SeekerProfiles.FirstOrDefaultAsync(p => p.UserId == userId, ct);
    }
}
