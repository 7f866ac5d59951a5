using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>기업애로 해소: filing (routed by category to its desk's agency), and the desk's work — assign, start, answer, 이관.</summary>
public sealed class DifficultyDesks(AppDbContext db, UploadedFiles files, TimeProvider time)
{
    public const string UploadArea = "sme-difficulties";

    public async Task<Difficulty> FileAsync(int companyId, DifficultyCategory category, string? title, string? description, IFormFile? attachment,
        string userId, CancellationToken ct)
    {
        var desk = DifficultyRouting.DeskFor(category);
        var agencyId = await AgencyOfAsync(desk, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var difficulty = Difficulty.File(companyId, category, title, description, agencyId, desk, userId, KoreanFormat.TodayInKorea(time), now);
        if (attachment is { Length: > 0 }) difficulty.Attach(await files.SaveAsync(attachment, UploadArea, "Attachment", ct), attachment.FileName);
        db.Difficulties.Add(difficulty);
        await NotificationWriter.AddAsync(db, await NotificationWriter.UsersOfAsync(db, agencyId, ct), NotificationKind.Application,
            $"기업 애로사항이 접수되었습니다 ({category.Label()}).", "/Staff/SmeSupport/Difficulties", $"difficulty-in:{companyId}:{now.Ticks}", now, ct);
        await db.SaveChangesAsync(ct);
        return difficulty;
    }

    public enum Step { AssignToMe, Start, Answer, Transfer }

    /// <summary>One step of the desk's work on a difficulty of the caller's agency (others are unknown).</summary>
    public async Task ActAsync(int id, int agencyId, Step step, string? text, DifficultyCategory? transferTo, string userId, CancellationToken ct)
    {
        var d = await db.Difficulties.Include(x => x.Events).FirstOrDefaultAsync(x => x.Id == id && x.AgencyId == agencyId, ct)
            ?? throw new DomainException("애로사항을 찾을 수 없습니다.");
        var now = time.GetUtcNow().UtcDateTime;
        switch (step)
        {
            case Step.AssignToMe: d.Assign(userId, userId, now); break;
            case Step.Start: d.Start(userId, now); break;
            case Step.Answer:
                d.AnswerWith(text, userId, now);
                await NotificationWriter.AddAsync(db, await NotificationWriter.UsersOfAsync(db, d.CompanyId, ct), NotificationKind.Application,
                    $"애로사항 ‘{d.Title}’에 답변이 등록되었습니다.", "/Employer/Support/Difficulties", $"difficulty:{d.Id}:answered", now, ct);
                break;
            case Step.Transfer:
                if (transferTo is not { } category) throw new ValidationFailedException([new FieldError("Category", "이관할 분류를 골라 주세요.")]);
                var desk = DifficultyRouting.DeskFor(category);
                d.Transfer(category, await AgencyOfAsync(desk, ct), desk, text, userId, now);
                break;
        }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("다른 직원이 방금 이 애로사항을 처리했습니다. 화면을 새로 보고 다시 시도해 주세요.");
        }
    }

    private async Task<int> AgencyOfAsync(DifficultyDesk desk, CancellationToken ct) =>
        await db.Agencies.Where(a => a.Code == desk.AgencyCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
        // Without the desk's agency (a trimmed install) the city office answers, so nothing is filed into nowhere.
        ?? await db.Agencies.Where(a => a.IsCityOffice).Select(a => a.Id).FirstAsync(ct);
}
