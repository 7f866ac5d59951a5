using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>The application's paper work and decisions: applying with documents, withdrawing, closing a call, scoring, selecting.</summary>
public sealed class SupportApplications(AppDbContext db, UploadedFiles files, TimeProvider time)
{
    public const string UploadArea = "sme-support";

    /// <summary>
    /// Applies for the company: eligibility from the company record (and the 설립일 given), one file per required document,
    /// every file checked before any is stored. A second live application to the same call is refused.
    /// </summary>
    public async Task<SupportApplication> ApplyAsync(int callId, int companyId, long? requested, string? plan, DateOnly? foundedOn,
        IReadOnlyList<IFormFile?> documents, string userId, CancellationToken ct)
    {
        var call = await db.SupportCalls.FirstOrDefaultAsync(c => c.Id == callId && c.Status != SupportCallStatus.Draft, ct)
            ?? throw new DomainException("공고를 찾을 수 없습니다.");
        if (await HasLiveApplicationAsync(callId, companyId, ct)) throw new DomainException("이미 이 공고에 신청했습니다. 신청 현황에서 확인해 주세요.");
        var company = await db.Companies.AsNoTracking().FirstAsync(c => c.Id == companyId, ct);
        var today = KoreanFormat.TodayInKorea(time);
        var verdict = SupportEligibility.Check(call.Eligibility, SmeSupportAccess.FactsOf(company, foundedOn), today);
        if (!verdict.Eligible) throw new ValidationFailedException(verdict.Unmet.Select(u => new FieldError("Eligibility", u)).ToList());

        for (var i = 0; i < call.RequiredDocuments.Count; i++)
            if (documents.ElementAtOrDefault(i) is { Length: > UploadedFiles.MaxBytes })
                throw new ValidationFailedException([new FieldError("Documents", $"{call.RequiredDocuments[i]}: 파일은 5MB 이하만 올릴 수 있습니다.")]);
        var now = time.GetUtcNow().UtcDateTime;
        // Refuse a missing document before storing anything, with the domain's own messages.
        var present = call.RequiredDocuments.Where((_, i) => documents.ElementAtOrDefault(i) is { Length: > 0 })
            .Select(n => SupportDocument.Of(n, "", null, now)).ToList();
        SupportApplication.Submit(call, companyId, verdict, requested, plan, foundedOn, present, userId, today, now);

        var stored = new List<SupportDocument>();
        for (var i = 0; i < call.RequiredDocuments.Count; i++)
        {
            var file = documents[i]!;
            try { stored.Add(SupportDocument.Of(call.RequiredDocuments[i], await files.SaveAsync(file, UploadArea, "Documents", ct), file.FileName, now)); }
            catch (ValidationFailedException e) { throw new ValidationFailedException(e.Errors.Select(x => x with { Message = $"{call.RequiredDocuments[i]}: {x.Message}" }).ToList()); }
        }
        var application = SupportApplication.Submit(call, companyId, verdict, requested, plan, foundedOn, stored, userId, today, now);
        db.SupportApplications.Add(application);
        await NotificationWriter.AddAsync(db, await NotificationWriter.UsersOfAsync(db, call.AgencyId, ct), NotificationKind.Application,
            $"‘{call.Title}’에 새 신청이 접수되었습니다.", $"/Staff/SmeSupport/Call/{call.Id}", $"sme-in:{call.Id}:{companyId}:{now.Ticks}", now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return application;
        }
        catch (DbUpdateException)
        {
            // A double submit raced this one past the check above; the unique index kept the first.
            db.ChangeTracker.Clear();
            throw new DomainException("이미 이 공고에 신청했습니다. 신청 현황에서 확인해 주세요.");
        }
    }

    public Task<bool> HasLiveApplicationAsync(int callId, int companyId, CancellationToken ct) =>
        db.SupportApplications.AnyAsync(a => a.CallId == callId && a.CompanyId == companyId && SupportApplication.Live.Contains(a.Status), ct);

    public async Task WithdrawAsync(int applicationId, int companyId, string userId, CancellationToken ct)
    {
        var application = await db.SupportApplications.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == applicationId && a.CompanyId == companyId, ct)
            ?? throw new DomainException("신청을 찾을 수 없습니다.");
        var call = await db.SupportCalls.FirstAsync(c => c.Id == application.CallId, ct);
        application.Withdraw(call, userId, KoreanFormat.TodayInKorea(time), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>마감: the call stops taking applications and every submitted one goes to review, in one save.</summary>
    public async Task CloseAsync(SupportCall call, string userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        call.Close(now);
        var submitted = await db.SupportApplications.Include(a => a.Events)
            .Where(a => a.CallId == call.Id && a.Status == SupportApplicationStatus.Submitted).ToListAsync(ct);
        foreach (var a in submitted) a.BeginReview(userId, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>선정 (with the amount, booked on the call under its concurrency token) or 미선정 (with the reason); the company is told.</summary>
    public async Task DecideAsync(SupportCall call, int applicationId, bool select, long? amount, string? reason, string userId, CancellationToken ct)
    {
        var application = await db.SupportApplications.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == applicationId && a.CallId == call.Id, ct)
            ?? throw new DomainException("신청을 찾을 수 없습니다.");
        var now = time.GetUtcNow().UtcDateTime;
        if (select)
        {
            if (amount is not { } won) throw new ValidationFailedException([new FieldError("Amount", "지원 금액을 입력해 주세요.")]);
            application.Select(call, won, userId, reason, now);
        }
        else application.Reject(userId, reason, now);
        var title = select ? $"‘{call.Title}’에 선정되었습니다. 지원 금액 {KoreanFormat.Won(application.AwardedAmount!.Value)}"
            : $"‘{call.Title}’에 선정되지 않았습니다. 사유를 확인해 주세요.";
        await NotificationWriter.AddAsync(db, await NotificationWriter.UsersOfAsync(db, application.CompanyId, ct), NotificationKind.Application, title,
            $"/Employer/Support/Application/{application.Id}", $"sme:{application.Id}:{application.Status}", now, ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("다른 직원이 같은 공고를 방금 처리했습니다. 화면을 새로 보고 다시 시도해 주세요.");
        }
    }

    /// <summary>이해충돌 신고 or 없음 for one application; once declared it stays (a second declaration is refused).</summary>
    public async Task DeclareAsync(SupportCall call, int applicationId, bool conflict, string? note, string reviewerId, CancellationToken ct)
    {
        await ReviewableAsync(call, applicationId, ct);
        if (await db.SupportReviews.AnyAsync(r => r.ApplicationId == applicationId && r.ReviewerUserId == reviewerId, ct))
            throw new DomainException("이미 이해충돌 여부를 밝혔습니다.");
        db.SupportReviews.Add(SupportReview.Declare(applicationId, reviewerId, conflict, note, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    public async Task ScoreAsync(SupportCall call, int applicationId, IReadOnlyDictionary<string, int?> points, string reviewerId, CancellationToken ct)
    {
        await ReviewableAsync(call, applicationId, ct);
        var review = await db.SupportReviews.FirstOrDefaultAsync(r => r.ApplicationId == applicationId && r.ReviewerUserId == reviewerId, ct)
            ?? throw new DomainException("먼저 이해충돌 여부를 밝혀 주세요.");
        review.Score(call.Criteria, points, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    private async Task ReviewableAsync(SupportCall call, int applicationId, CancellationToken ct)
    {
        if (call.Status != SupportCallStatus.Closed) throw new DomainException("공고를 마감한 뒤에 심사할 수 있습니다.");
        if (!await db.SupportApplications.AnyAsync(a => a.Id == applicationId && a.CallId == call.Id && a.Status == SupportApplicationStatus.UnderReview, ct))
            throw new DomainException("심사 중인 신청이 아닙니다.");
    }
}
