using System.Net;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>접근권한 기록: every grant, change and revocation of a staff right is recorded with who, whom, what, when and why.</summary>
public class AccessGrantTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_change_of_a_staff_members_rights_needs_a_reason_and_leaves_a_record()
    {
        const string email = "grant-target@example.kr";
        var id = await app.NewStaffAsync(email);
        var target = await app.SignedInAsync(email, StaffSetup.Password, StaffSetup.Key);
        Assert.Equal(HttpStatusCode.OK, (await target.GetAsync("/Staff", Ct)).StatusCode);
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        var page = $"/Staff/Users/Manage/{id}";

        var noReason = await Forms.PostAsync(admin, page + "?handler=Lock", new() { ["Reason"] = " " }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("변경 사유를 입력해 주세요", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await RecordsAsync(id));

        await ActAsync(admin, page, "Lock", new() { ["Reason"] = "장기 휴직" });
        // The locked member's open session ends on the next request.
        Assert.Contains("/Account/Login", (await target.GetAsync("/Staff", Ct)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        await ActAsync(admin, page, "Unlock", new() { ["Reason"] = "복직" });
        await ActAsync(admin, page, "Role", new() { ["Reason"] = "팀장 승진", ["NewRole"] = Roles.AgencyAdmin });
        await ActAsync(admin, page, "ResetTwoFactor", new() { ["Reason"] = "휴대전화 분실" });
        await ActAsync(admin, page, "ResetPassword", new() { ["Reason"] = "비밀번호 분실", ["TemporaryPassword"] = "temp-pass-2027" });

        var records = await RecordsAsync(id);
        Assert.Equal([AccessGrantAction.Locked, AccessGrantAction.Unlocked, AccessGrantAction.RoleChanged, AccessGrantAction.TwoFactorReset, AccessGrantAction.PasswordReset],
            records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal(DemoAccounts.AgencyAdmin, r.GrantedBy));
        Assert.All(records, r => Assert.StartsWith(email, r.Subject, StringComparison.Ordinal));
        Assert.Equal("상담사 → 기관 관리자 · 고양시 일자리센터", records[2].Right);
        Assert.Equal(["장기 휴직", "복직", "팀장 승진", "휴대전화 분실", "비밀번호 분실"], records.Select(r => r.Reason));
        var user = await app.WithDbAsync(db => db.Users.FirstAsync(u => u.Id == id, Ct));
        Assert.True(user is { TwoFactorEnabled: false, MustChangePassword: true, LockoutEnd: null });

        // The temporary password works once, and the member must change it before anything else.
        var back = app.Client();
        var login = await Forms.PostAsync(back, "/Account/Login", new() { ["Email"] = email, ["Password"] = "temp-pass-2027" });
        Assert.Equal("/Account/ChangePassword", login.Headers.Location!.OriginalString);
        Assert.Equal("/Account/ChangePassword", (await back.GetAsync("/Staff/Users", Ct)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Agency_admins_reach_only_their_own_agencys_staff_and_not_themselves()
    {
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        foreach (var other in new[] { DemoAccounts.PartnerCounselor, DemoAccounts.CityAdmin, DemoAccounts.Seeker })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Staff/Users/Manage/{await app.UserIdAsync(other)}", Ct)).StatusCode);

        var self = $"/Staff/Users/Manage/{await app.UserIdAsync(DemoAccounts.AgencyAdmin)}";
        var own = await Forms.PostAsync(admin, self + "?handler=Lock", new() { ["Reason"] = "시험" }, tokenFrom: self);
        Assert.Contains("다른 관리자가 바꿔야 합니다", await own.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var counselor = $"/Staff/Users/Manage/{await app.UserIdAsync(DemoAccounts.Counselor)}";
        var move = await Forms.PostAsync(admin, counselor + "?handler=Agency", new() { ["Reason"] = "시험", ["NewAgencyId"] = (await app.PartnerAgencyIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture) }, tokenFrom: counselor);
        Assert.Contains("/Account/AccessDenied", move.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AccessGrants.AnyAsync(g => g.Reason == "시험", Ct)));
    }

    [Fact]
    public async Task City_admin_moves_staff_between_agencies_and_finds_the_record_by_filter()
    {
        const string email = "grant-move@example.kr";
        var id = await app.NewStaffAsync(email);
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var partner = await app.PartnerAgencyIdAsync();
        await ActAsync(city, $"/Staff/Users/Manage/{id}", "Agency", new() { ["Reason"] = "인사 발령 제2026-15호", ["NewAgencyId"] = partner.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(partner, await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).FirstAsync(Ct)));

        var found = await city.GetStringAsync("/Admin/AccessGrants?Subject=grant-move&Action=AgencyChanged", Ct);
        Assert.Contains("인사 발령 제2026-15호", found, StringComparison.Ordinal);
        Assert.Contains("고양시 일자리센터 → 여성새로일하기센터", found, StringComparison.Ordinal);
        Assert.Contains("조건에 맞는 기록이 없습니다", await city.GetStringAsync("/Admin/AccessGrants?Subject=grant-move&Action=Locked", Ct), StringComparison.Ordinal);
        // Demo staff were granted their rights by the seeding, and that is on record too.
        Assert.Contains(DemoAccounts.Counselor, await city.GetStringAsync("/Admin/AccessGrants?GrantedBy=데모&Action=AccountCreated", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_staff_account_is_recorded_with_the_granting_admin()
    {
        var admin = await app.SignedInAsync(DemoAccounts.AgencyAdmin);
        await Forms.PostAsync(admin, "/Staff/Users/Create", new()
        {
            ["Input.Email"] = "grant-new@example.kr", ["Input.Name"] = "새직원", ["Input.Role"] = Roles.Counselor, ["Input.TemporaryPassword"] = "temp-2026-pw",
        });
        var record = Assert.Single(await RecordsAsync(await app.UserIdAsync("grant-new@example.kr")));
        Assert.Equal((AccessGrantAction.AccountCreated, DemoAccounts.AgencyAdmin, "상담사 · 고양시 일자리센터"), (record.Action, record.GrantedBy, record.Right));
    }

    [Fact]
    public async Task Records_cannot_be_changed_or_deleted_through_the_application()
    {
        var edit = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var record = await db.AccessGrants.FirstAsync(Ct);
            db.Entry(record).Property(r => r.Reason).CurrentValue = "고쳐 씀";
            return await db.SaveChangesAsync(Ct);
        }));
        Assert.Contains("추가만", edit.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.AccessGrants.Remove(await db.AccessGrants.FirstAsync(Ct));
            return await db.SaveChangesAsync(Ct);
        }));
        Assert.DoesNotContain(await app.WithDbAsync(db => db.AccessGrants.Select(r => r.Reason).ToListAsync(Ct)), r => r == "고쳐 씀");
    }

    private static async Task ActAsync(HttpClient admin, string page, string handler, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(admin, $"{page}?handler={handler}", fields, tokenFrom: page);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private Task<List<AccessGrantRecord>> RecordsAsync(string userId) =>
        app.WithDbAsync(db => db.AccessGrants.Where(g => g.SubjectUserId == userId).OrderBy(g => g.Id).ToListAsync(Ct));
}
