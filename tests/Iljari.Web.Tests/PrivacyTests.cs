using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Iljari.Core.Data;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Privacy;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>Issue 10 privacy: sensitive details encrypted at rest, masked lists, the seeker's data download and account deletion.</summary>
public class PrivacyTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string HealthNote = "허리 디스크 수술 이력, 무거운 물건 운반 어려움 QX7";

    private Task<string> RawPayloadAsync(int profileId) => app.WithDbAsync(db =>
        db.Database.SqlQuery<string>($"SELECT \"Payload\" AS \"Value\" FROM \"SeekerSensitiveRecords\" WHERE \"SeekerProfileId\" = {profileId}").SingleAsync(Ct));

    [Fact]
    public async Task Sensitive_details_are_encrypted_at_rest_and_decrypted_only_on_the_logged_detail_page()
    {
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var invalid = await Forms.PostAsync(seeker, "/Seeker/Sensitive", new() { ["Input.DisabilityType"] = "없는 유형", ["Input.DisabilitySeverity"] = "심한 장애" });
        Assert.Contains("장애 유형을(를) 목록에서 골라 주세요.", await invalid.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var saved = await Forms.PostAsync(seeker, "/Seeker/Sensitive", new()
        {
            ["Input.DisabilityType"] = "지체", ["Input.DisabilitySeverity"] = "심하지 않은 장애", ["Input.IncomeClass"] = "차상위계층",
            ["Input.HealthNote"] = HealthNote, ["Input.VeteranClass"] = "참전유공자",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The column holds ciphertext only; the coarse codes the details imply stay queryable on the profile.
        var raw = await RawPayloadAsync(me);
        foreach (var plain in new[] { "QX7", "허리", "지체", "차상위", "참전", "Health" }) Assert.DoesNotContain(plain, raw, StringComparison.Ordinal);
        var groups = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => p.Id == me).Select(p => p.Circumstances).SingleAsync(Ct));
        Assert.Contains("disabled", groups);
        Assert.Contains("lowincome", groups);

        // The counselor's case page links to the details without showing them; the detail page shows them after logging.
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.DoesNotContain("QX7", await counselor.GetStringAsync($"/Staff/Clients/Case/{me}", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("QX7", await counselor.GetStringAsync("/Staff/Clients", Ct), StringComparison.Ordinal);
        var before = await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == me && e.Action == AccessActions.SensitiveView, Ct));
        var detail = await counselor.GetStringAsync($"/Staff/Clients/Sensitive/{me}", Ct);
        Assert.Contains("QX7", detail, StringComparison.Ordinal);
        var row = await app.WithDbAsync(db => db.AccessLog.Where(e => e.SubjectSeekerProfileId == me && e.Action == AccessActions.SensitiveView).OrderByDescending(e => e.Sequence).FirstAsync(Ct));
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == me && e.Action == AccessActions.SensitiveView, Ct)));
        Assert.Equal(DemoAccounts.Counselor, row.UserName);

        // Another agency's counselor (no case) gets nothing; a seeker is refused the staff page.
        var partner = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/Staff/Clients/Sensitive/{me}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.GetAsync($"/Staff/Clients/Sensitive/{me}", Ct)).StatusCode);
        Assert.Contains("QX7", await seeker.GetStringAsync("/Seeker/Sensitive", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_ring_of_another_application_name_or_purpose_cannot_read_the_payload()
    {
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var profile = await db.SeekerProfiles.FirstAsync(p => p.Id == me, Ct);
            await scope.ServiceProvider.GetRequiredService<SensitiveDetailsStore>().StageAsync(profile,
                Core.Domain.Seekers.SensitiveDetails.Create("시각", null, null, HealthNote, null), "test", Ct);
            await db.SaveChangesAsync(Ct);
        }
        var raw = await RawPayloadAsync(me);
        IDataProtector Protector(string applicationName, string purpose) =>
            DataProtectionProvider.Create(new DirectoryInfo(app.KeysFolder), b => b.SetApplicationName(applicationName)).CreateProtector(purpose);

        // Same key folder and application name: readable (so the refusals below are about the name and the purpose).
        Assert.Contains("QX7", Protector("Iljari", SensitiveDetailsStore.Purpose).Unprotect(raw), StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(() => Protector("OtherApp", SensitiveDetailsStore.Purpose).Unprotect(raw));
        Assert.ThrowsAny<CryptographicException>(() => Protector("Iljari", "Iljari.SomethingElse").Unprotect(raw));
        // A fresh key ring elsewhere (the database copied without its keys) cannot read it either.
        var elsewhere = Path.Combine(app.FilesFolder, "other-keys");
        Assert.ThrowsAny<CryptographicException>(() => DataProtectionProvider.Create(new DirectoryInfo(elsewhere), b => b.SetApplicationName("Iljari"))
            .CreateProtector(SensitiveDetailsStore.Purpose).Unprotect(raw));
    }

    [Fact]
    public async Task Staff_lists_show_masked_names_and_the_case_page_the_full_name()
    {
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var list = await counselor.GetStringAsync("/Staff/Clients", Ct);
        Assert.Contains($"<a href=\"/Staff/Clients/Case/{me}\">김*늘</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("김하늘", list, StringComparison.Ordinal);
        var excel = await counselor.GetAsync("/Staff/Clients?handler=Excel", Ct);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(Ct));
        var names = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => (string)r["이름"]!).ToList();
        Assert.Contains("김*늘", names);
        Assert.All(names, n => Assert.Contains('*', n));
        Assert.Contains("김하늘", await counselor.GetStringAsync($"/Staff/Clients/Case/{me}", Ct), StringComparison.Ordinal);
        // The seeker sees their own data unmasked.
        Assert.Contains("김하늘", await (await app.SignedInAsync(DemoAccounts.Seeker)).GetStringAsync("/Seeker/Profile", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_download_holds_the_seekers_rows_and_no_other_seekers()
    {
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var other = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => p.Id != me && p.Name != "김하늘").OrderBy(p => p.Id).Select(p => new { p.Name, p.Email, p.Phone }).FirstAsync(Ct));
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var response = await seeker.GetAsync("/Seeker/MyData?handler=Json", Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync(Ct);
        using var doc = JsonDocument.Parse(json);
        var titles = doc.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        foreach (var t in new[] { "계정", "이력서·프로필", "지원·알선", "프로그램 참여", "채용행사 참가", "정보 제공 동의", "취업성공장려금 청구", "장려금 지급·환수", "메시지", "내 정보 열람 기록(접속기록)" })
            Assert.Contains(t, titles);
        Assert.Contains("김하늘", json, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Seeker, json, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Email, json, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Phone, json, StringComparison.Ordinal);
        var page = await seeker.GetStringAsync("/Seeker/MyData", Ct);
        Assert.Contains("내 정보 열람 기록(접속기록)", page, StringComparison.Ordinal);
        var actions = await app.WithDbAsync(db => db.AccessLog.Where(e => e.SubjectSeekerProfileId == me).Select(e => e.Action).ToListAsync(Ct));
        Assert.Contains(AccessActions.OwnDataDownload, actions);
        Assert.Contains(AccessActions.OwnDataView, actions);
    }

    [Fact]
    public async Task Deleting_the_account_needs_the_password_and_keeps_ledger_rows_without_the_payee()
    {
        var schemeId = await app.SchemeAsync(topUp: 10_000_000);
        var client = await app.EligibleClientAsync(nth: 3, monthsAgo: 7);
        var claimId = await app.FiledClaimAsync(schemeId, client);
        var agency = await app.JobAgencyIdAsync();
        await app.LedgerAsync(l => l.ApproveAsync(claimId, agency, "counselor", null, default));
        PaymentBatch? batch = null;
        await app.LedgerAsync(async l => batch = await l.OpenBatchAsync(schemeId, "city", default));
        await app.LedgerAsync(l => l.PayBatchAsync(batch!.Id, "city", default));
        var ledgerBefore = await app.WithDbAsync(db => db.LedgerTransactions.CountAsync(t => t.ClaimId == claimId, Ct));
        Assert.True(ledgerBefore >= 2);
        var (userId, email, name) = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => p.Id == client.SeekerProfileId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => ValueTuple.Create(u.Id, u.Email!, p.Name)).FirstAsync(Ct));
        const string password = "delete-me-1";
        await app.SetPasswordAsync(userId, password);
        var seeker = await app.SignedInAsync(email, password);
        var wrong = await Forms.PostAsync(seeker, "/Seeker/DeleteAccount", new() { ["Password"] = "not-the-password", ["Confirm"] = "true" });
        Assert.Contains("비밀번호가 올바르지 않습니다.", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.AnonymisedAt).SingleAsync(Ct)));

        var done = await Forms.PostAsync(seeker, "/Seeker/DeleteAccount", new() { ["Password"] = password, ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.GetAsync("/Seeker/Profile", Ct)).StatusCode);
        var again = await Forms.PostAsync(app.Client(), "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다.", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await AssertAnonymisedAsync(userId, client.SeekerProfileId, name, email);
        var claim = await app.WithDbAsync(db => db.IncentiveClaims.SingleAsync(c => c.Id == claimId, Ct));
        Assert.Equal((ClaimStatus.Paid, "홍*동", "****8901"), (claim.Status, claim.AccountHolder, claim.AccountNumber));
        Assert.Equal(ledgerBefore, await app.WithDbAsync(db => db.LedgerTransactions.CountAsync(t => t.ClaimId == claimId, Ct)));
        Assert.True(await app.WithDbAsync(db => db.Placements.AnyAsync(p => p.Id == client.PlacementId, Ct)));
        Assert.True(await app.WithDbAsync(db => db.AccessLog.AnyAsync(e => e.SubjectSeekerProfileId == client.SeekerProfileId && e.Action == AccessActions.AccountDeletion, Ct)));
    }

    /// <summary>No name, contact, résumé, free text, sensitive details or login left; the profile row itself stays.</summary>
    internal static async Task AssertAnonymisedAsync(IljariApp app, string userId, int profileId, string name, string email)
    {
        var (user, profile) = await app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Id == userId, Ct), await db.SeekerProfiles.SingleAsync(p => p.Id == profileId, Ct)));
        Assert.NotNull(user.AnonymisedAt);
        Assert.Null(user.PasswordHash);
        Assert.DoesNotContain(email, user.Email!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((SeekerErasure.AnonymousName, "", "", null), (profile.Name, profile.Phone, profile.Email, profile.Introduction));
        Assert.Empty(profile.Careers);
        Assert.Empty(profile.DesiredOccupations);
        Assert.NotNull(profile.AnonymisedAt);
        Assert.False(await app.WithDbAsync(db => db.SeekerSensitiveRecords.AnyAsync(r => r.SeekerProfileId == profileId, Ct)));
        Assert.False(await app.WithDbAsync(db => db.CaseNotes.AnyAsync(n => n.SeekerProfileId == profileId, Ct)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == userId, Ct)));
        Assert.False(await app.WithDbAsync(db => db.SeekerProfiles.AnyAsync(p => p.Name == name && p.Id == profileId, Ct)));
    }

    private Task AssertAnonymisedAsync(string userId, int profileId, string name, string email) => AssertAnonymisedAsync(app, userId, profileId, name, email);
}
