using Iljari.Core.Domain.Messages;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Security;

/// <summary>
/// Records the Tiny demo set does not have, made for the first organisation of their kind, so that the matrix asks
/// those pages for something real: without them every column answers 404 and the row proves nothing about who may look.
/// </summary>
public sealed record MatrixRecords(int Thread, int Certificate, int Claim, int Batch, int SharedSeeker, int ImportRun)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IljariApp, Task<MatrixRecords>> Seeded = new();

    /// <summary>Seeds one of each, once per app; <paramref name="apiTokenId"/> is the partner token that "started" the import run.</summary>
    public static Task<MatrixRecords> OnceAsync(IljariApp app, int apiTokenId) => Seeded.GetValue(app, a => SeedAsync(a, apiTokenId));

    private static async Task<MatrixRecords> SeedAsync(IljariApp app, int apiTokenId)
    {
        var agency = await app.CounselorAgencyIdAsync();
        var seeker = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var counselor = await app.UserIdAsync(DemoAccounts.Counselor);
        var now = DateTime.UtcNow;

        // The demo seeker's conversation with their own counselor (a case thread).
        var thread = await app.WithDbAsync(async db =>
        {
            var caseId = await db.CaseAssignments.Where(c => c.SeekerProfileId == seeker && c.CounselorUserId == counselor).Select(c => c.Id).FirstAsync();
            var t = MessageThread.ForCase(seeker, caseId, "면접 준비 상담", now);
            t.Post(counselor, fromSeeker: false, "다음 주 화요일 상담 가능하신가요?", now);
            db.MessageThreads.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });

        // The demo seeker completed a one-session program of the counselor's agency.
        var day = ProgramSetup.TodayKst.AddDays(-14);
        var (programId, sessions) = await app.ProgramAsync(agency, "권한 점검 과정", [(day, new TimeOnly(10, 0), new TimeOnly(12, 0))]);
        var certificate = await app.WithDbAsync(async db =>
        {
            var program = await db.Programs.FirstAsync(p => p.Id == programId);
            var application = ProgramApplication.Apply(program, seeker, new EligibilityResult(true, "구직자 대상", []), false, ProgramSetup.TodayKst, now);
            application.Approve(now);
            db.ProgramApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
        await app.MarkAsync(sessions[0], certificate, AttendanceStatus.Present);

        // Two claims at the 일자리센터: one waiting for review, one approved and put in a payment batch.
        var scheme = await app.SchemeAsync(topUp: 10_000_000);
        var client = await app.EligibleClientAsync(nth: 5, monthsAgo: 7);
        var claim = await app.FiledClaimAsync(scheme, client);
        var approved = await app.FiledClaimAsync(scheme, await app.AnotherJobAsync(client, offsetDays: 3));
        int batch = 0;
        await app.LedgerAsync(async ledger =>
        {
            await ledger.ApproveAsync(approved, await app.JobAgencyIdAsync(), counselor, null, default);
            batch = (await ledger.OpenBatchAsync(scheme, "matrix", default))!.Id;
        });

        // Another agency's client who agreed to share their case summary with the counselor's agency.
        var shared = await app.WithDbAsync(async db =>
        {
            var other = await db.SeekerProfiles.Where(s => s.Id != seeker && s.Id != client.SeekerProfileId).OrderByDescending(s => s.Id).Skip(8).Select(s => s.Id).FirstAsync();
            var today = ProgramSetup.TodayKst;
            db.SharingConsents.Add(SharingConsent.Give(other, "취업 연계", [agency], SharedItems.CaseSummary, today, today.AddDays(30), ConsentMethod.App, null, "matrix", today, now));
            await db.SaveChangesAsync();
            return other;
        });

        // A finished posting import, sent by the partner token.
        var run = await app.WithDbAsync(async db =>
        {
            var r = PostingImportRun.Queue("work24", "postings.csv", ImportFormat.Csv, false, false, "", null, apiTokenId, now);
            r.Start(0, now);
            r.Finish(0, now);
            db.PostingImportRuns.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        return new MatrixRecords(thread, certificate, claim, batch, shared, run);
    }
}
