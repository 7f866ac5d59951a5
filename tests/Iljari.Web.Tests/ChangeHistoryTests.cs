using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Iljari.Core.Data.ChangeHistory;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.ChangeHistory;
using Iljari.Web.Infrastructure.SmeSupport;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// 변경 이력 (issue 8: every state change logged): each insert, update and delete of an enterprise-support record leaves
/// a <see cref="ChangeRecord"/> with who, when and the values before and after — in the same transaction as the change.
/// </summary>
public static class ChangeHistoryChecks
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<List<ChangeRecord>> RecordsAsync(IljariApp app, string scope) =>
        app.WithDbAsync(db => db.ChangeRecords.AsNoTracking().Where(c => c.Scope == scope).OrderBy(c => c.Id).ToListAsync(Ct));

    private static (string? Before, string? After) Change(ChangeRecord record, string field)
    {
        var pair = (JsonArray)JsonNode.Parse(record.Changes)![field]!;
        return (pair[0]?.ToString(), pair[1]?.ToString());
    }

    /// <summary>A call's life through the staff pages: created, edited, published, a reviewer assigned and taken off.</summary>
    public static async Task A_calls_steps_are_recorded_with_who_and_what(IljariApp app)
    {
        var staff = await app.SignedInAsync(DemoAccounts.MerchantCounselor);
        var staffId = await app.UserIdAsync(DemoAccounts.MerchantCounselor);
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = "WorkingCapital", ["Input.Title"] = "변경 이력 시험 공고", ["Input.Description"] = "운전자금을 지원합니다.",
            ["Input.Opens"] = SmeSupportSetup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Closes"] = SmeSupportSetup.Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Budget"] = "30000000", ["Input.Awards"] = "3", ["Input.RequiredDocuments"] = "사업계획서", ["Input.Criteria"] = "사업성 60\n고용효과 40",
        };
        var created = await Forms.PostAsync(staff, "/Staff/SmeSupport/Edit", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var callUrl = created.Headers.Location!.OriginalString;
        var id = int.Parse(callUrl.Split('/')[^1], CultureInfo.InvariantCulture);
        var scope = ChangeHistoryScopes.Scope(nameof(SupportCall), id);

        form["Input.Budget"] = "45000000";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"/Staff/SmeSupport/Edit/{id}", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Publish", [], tokenFrom: callUrl)).StatusCode);
        var reviewer = (await app.WithDbAsync(db => db.ReviewerCandidatesAsync(db.SupportCalls.Where(c => c.Id == id).Select(c => c.AgencyId).First(), Ct)))[0].Id;
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Assign", new() { ["userId"] = reviewer }, tokenFrom: callUrl)).StatusCode);
        var assignment = await app.WithDbAsync(db => db.SupportReviewers.Where(r => r.CallId == id).Select(r => r.Id).SingleAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(staff, $"{callUrl}?handler=Unassign", new() { ["reviewerId"] = $"{assignment}" }, tokenFrom: callUrl)).StatusCode);

        var records = await RecordsAsync(app, scope);
        Assert.Equal(
            [("SupportCall", ChangeKind.Added), ("SupportCall", ChangeKind.Modified), ("SupportCall", ChangeKind.Modified), ("SupportReviewer", ChangeKind.Added), ("SupportReviewer", ChangeKind.Deleted)],
            records.Select(r => (r.Entity, r.Kind)));
        Assert.All(records, r => Assert.Equal((staffId, DemoAccounts.MerchantCounselor), (r.UserId, r.UserName)));
        Assert.All(records, r => Assert.True(DateTime.UtcNow - r.At < TimeSpan.FromMinutes(5)));
        Assert.Equal(((string?)null, "변경 이력 시험 공고"), Change(records[0], "Title"));
        Assert.Equal(("30000000", "45000000"), Change(records[1], "Budget"));
        Assert.Equal(("Draft", "Published"), Change(records[2], "Status"));
        Assert.Equal((reviewer, (string?)null), Change(records[4], "UserId")); // the deleted assignment keeps whom it named
        Assert.Equal($"{assignment}", records[4].EntityKey);

        // The call's page shows them in words, newest first.
        var html = await staff.GetStringAsync(callUrl, Ct);
        Assert.Contains("변경 이력 (5건)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>예산</strong>:", html, StringComparison.Ordinal);
        Assert.Contains("30,000,000원 → 45,000,000원", html, StringComparison.Ordinal);
        Assert.Contains($"{SupportCallStatus.Draft.Label()} → {SupportCallStatus.Published.Label()}", html, StringComparison.Ordinal);

        // The city's list finds them by kind of record and account; other kinds are filtered out.
        var admin = await app.SignedInAsync(DemoAccounts.CityAdmin);
        var list = await admin.GetStringAsync($"/Admin/ChangeHistory?Entity=SupportCall&Account={Uri.EscapeDataString(DemoAccounts.MerchantCounselor)}", Ct);
        Assert.Contains($"지원사업 공고 {id}번", list, StringComparison.Ordinal);
        Assert.DoesNotContain("심사위원 배정 ", list, StringComparison.Ordinal);
        Assert.Contains($"심사위원 배정 {assignment}번", await admin.GetStringAsync("/Admin/ChangeHistory?Entity=SupportReviewer", Ct), StringComparison.Ordinal);
    }

    /// <summary>A firm's own application is recorded under the firm's account; the demo seed and jobs under nobody.</summary>
    public static async Task A_firms_guarantee_application_names_the_firms_account(IljariApp app)
    {
        var scheme = await app.WithDbAsync(db => db.GuaranteeSchemes.OrderBy(s => s.Id).FirstAsync(Ct));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        var applied = await Forms.PostAsync(employer, "/Employer/Finance?handler=Guarantee", new()
        {
            ["Guarantee.SchemeId"] = $"{scheme.Id}", ["Guarantee.Amount"] = "20000000", ["Guarantee.TermMonths"] = "36", ["Guarantee.Bank"] = "KB국민은행",
        }, tokenFrom: "/Employer/Finance");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var company = await app.OwnCompanyIdAsync();
        var id = await app.WithDbAsync(db => db.Guarantees.Where(g => g.CompanyId == company).OrderByDescending(g => g.Id).Select(g => g.Id).FirstAsync(Ct));
        var record = Assert.Single(await RecordsAsync(app, ChangeHistoryScopes.Scope("Guarantee", id)));
        Assert.Equal((ChangeKind.Added, await app.UserIdAsync(DemoAccounts.Employer)), (record.Kind, record.UserId));
        Assert.Equal(((string?)null, "20000000"), Change(record, "Amount"));
        var desk = await (await app.SignedInAsync(DemoAccounts.MerchantCounselor)).GetStringAsync($"/Staff/Finance/Guarantee/{id}", Ct);
        Assert.Contains("변경 이력 (1건)", desk, StringComparison.Ordinal);
        Assert.Contains("<strong>금액</strong>:", desk, StringComparison.Ordinal);

        // The demo seed wrote schemes without a request: recorded, by nobody (shown as 시스템).
        var seeded = Assert.Single(await RecordsAsync(app, ChangeHistoryScopes.Scope("GuaranteeScheme", scheme.Id)));
        Assert.Equal((ChangeKind.Added, (string?)null), (seeded.Kind, seeded.UserId));
    }

    /// <summary>A save the database refuses leaves no record behind, and a record cannot be edited or deleted.</summary>
    public static async Task A_refused_save_records_nothing_and_records_are_append_only(IljariApp app)
    {
        var callId = await app.OpenCallAsync($"거절 저장 시험 {Guid.NewGuid():N}"[..20]);
        var scope = ChangeHistoryScopes.Scope(nameof(SupportCall), callId);
        var before = (await RecordsAsync(app, scope)).Count;
        var staffId = await app.UserIdAsync(DemoAccounts.MerchantCounselor);
        // The same reviewer twice on one call breaks the unique index: the whole save fails and writes no record. The
        // context is then used again, as the pages do after a refusal: the next save commits with its record, so the
        // failed one left no transaction open behind it.
        var refused = await app.WithDbAsync(async db =>
        {
            db.SupportReviewers.Add(SupportReviewer.Assign(callId, staffId, staffId, DateTime.UtcNow));
            db.SupportReviewers.Add(SupportReviewer.Assign(callId, staffId, staffId, DateTime.UtcNow));
            var failed = await Record.ExceptionAsync(() => db.SaveChangesAsync(Ct));
            var recordsAfterFailure = await db.ChangeRecords.CountAsync(c => c.Scope == scope, Ct);
            db.ChangeTracker.Clear();
            db.SupportReviewers.Add(SupportReviewer.Assign(callId, staffId, staffId, DateTime.UtcNow));
            await db.SaveChangesAsync(Ct);
            return (failed, recordsAfterFailure, db.Database.CurrentTransaction);
        });
        Assert.IsType<DbUpdateException>(refused.failed, exactMatch: false);
        Assert.Equal(before, refused.recordsAfterFailure);
        Assert.Null(refused.CurrentTransaction);
        Assert.Equal(1, await app.WithDbAsync(db => db.SupportReviewers.CountAsync(r => r.CallId == callId, Ct)));
        var records = await RecordsAsync(app, scope);
        Assert.Equal(before + 1, records.Count);
        Assert.Equal(("SupportReviewer", ChangeKind.Added), (records[^1].Entity, records[^1].Kind));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.ChangeRecords.Remove(await db.ChangeRecords.Where(c => c.Scope == scope).FirstAsync(Ct));
            return await db.SaveChangesAsync(Ct);
        }));
        Assert.Contains("변경 이력은 추가만 할 수 있습니다", error.Message, StringComparison.Ordinal);
    }
}

public class ChangeHistoryTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task A_calls_steps_are_recorded_with_who_and_what() => ChangeHistoryChecks.A_calls_steps_are_recorded_with_who_and_what(app);

    [Fact]
    public Task A_firms_guarantee_application_names_the_firms_account() => ChangeHistoryChecks.A_firms_guarantee_application_names_the_firms_account(app);

    [Fact]
    public Task A_refused_save_records_nothing_and_records_are_append_only() => ChangeHistoryChecks.A_refused_save_records_nothing_and_records_are_append_only(app);

    [Fact]
    public void Every_field_of_every_tracked_record_has_a_Korean_label()
    {
        using var db = new Core.Data.SqliteAppDbContext(new DbContextOptionsBuilder<Core.Data.SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        foreach (var type in ChangeHistoryScopes.Types)
        {
            Assert.True(ChangeLabels.Entities.ContainsKey(type.Name), $"{type.Name} has no Korean name in ChangeLabels.Entities");
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped");
            foreach (var p in entity.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty() && !p.IsConcurrencyToken))
                Assert.True(ChangeLabels.Fields.ContainsKey(p.Name), $"{type.Name}.{p.Name} has no Korean label in ChangeLabels.Fields");
        }
    }
}

public class PostgresChangeHistoryTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public Task A_calls_steps_are_recorded_with_who_and_what_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return ChangeHistoryChecks.A_calls_steps_are_recorded_with_who_and_what(app);
    }

    [Fact]
    public Task A_refused_save_records_nothing_and_records_are_append_only_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return ChangeHistoryChecks.A_refused_save_records_nothing_and_records_are_append_only(app);
    }
}
