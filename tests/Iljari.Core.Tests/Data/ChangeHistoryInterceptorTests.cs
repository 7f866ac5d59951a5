using Iljari.Core.Data;
using Iljari.Core.Data.ChangeHistory;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Guarantees;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Tests.Data;

/// <summary>
/// The change history's transaction and failure handling on a real (in-memory) SQLite database: a change and its record
/// commit together, a failed save leaves nothing for the next one, and after-save work sees the committed state.
/// </summary>
public sealed class ChangeHistoryInterceptorTests : IDisposable
{
    private sealed class Author : IChangeAuthor
    {
        public Func<(string UserId, string UserName)?> Now { get; set; } = () => ("staff-1", "staff@demo.iljari.kr");
        public (string UserId, string UserName)? Current => Now();
    }

    /// <summary>Notes, after each save that touched a scheme, whether a transaction was still open (it should not be).</summary>
    private sealed class Follower : AfterSaveInterceptor<object>
    {
        public List<bool> TransactionOpenAtRun { get; } = [];
        protected override object? Collect(DbContext context) =>
            context.ChangeTracker.Entries<GuaranteeScheme>().Any(e => e.State != EntityState.Unchanged) ? new object() : null;
        protected override void AfterSave(DbContext context, object changes) => TransactionOpenAtRun.Add(context.Database.CurrentTransaction is not null);
    }

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Author _author = new();
    private readonly Follower _follower = new();
    private readonly ChangeHistoryInterceptor _history;
    private readonly int _agencyId;

    public ChangeHistoryInterceptorTests()
    {
        _history = new ChangeHistoryInterceptor(_author, TimeProvider.System);
        _connection.Open();
        using var db = Context();
        db.Database.EnsureCreated();
        var agency = new Agency { Name = "소상공인지원센터", Code = "GOYANG-MERCHANT", CreatedAt = DateTime.UtcNow };
        db.Add(agency);
        db.SaveChanges();
        _agencyId = agency.Id;
    }

    public void Dispose() => _connection.Dispose();

    // One interceptor instance for every context, as the app registers it (a singleton).
    private SqliteAppDbContext Context() => new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connection)
        .AddInterceptors(_history, _follower).Options);

    private GuaranteeScheme Scheme(string title = "특례보증") => GuaranteeScheme.Create(_agencyId, title, 2026, 5, 1_000_000_000, 50_000_000, DateTime.UtcNow);

    private int Records() { using var db = Context(); return db.ChangeRecords.Count(); }

    [Fact]
    public async Task A_change_and_its_record_commit_together_and_followers_run_after_the_commit()
    {
        await using (var db = Context())
        {
            db.Add(Scheme());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            Assert.Null(db.Database.CurrentTransaction);
        }
        await using (var db = Context())
        {
            var record = await db.ChangeRecords.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(("GuaranteeScheme", "staff-1", "staff@demo.iljari.kr"), (record.Entity, record.UserId, record.UserName));
        }
        Assert.Equal([false], _follower.TransactionOpenAtRun); // once, and after the history's commit
    }

    [Fact]
    public void A_failure_while_writing_the_history_rolls_back_the_change()
    {
        _author.Now = () => throw new InvalidOperationException("no author");
        using (var db = Context())
        {
            db.Add(Scheme("남지 않아야 할 사업"));
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }
        using var check = Context();
        Assert.False(check.GuaranteeSchemes.Any(s => s.Title == "남지 않아야 할 사업"));
        Assert.Equal(0, Records());
    }

    [Fact]
    public async Task A_concurrency_conflict_leaves_nothing_for_the_contexts_next_save()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = Context();
        var scheme = Scheme();
        first.Add(scheme);
        await first.SaveChangesAsync(ct);

        // Another request changes the scheme (and its concurrency token) first.
        await using (var other = Context())
        {
            var same = await other.GuaranteeSchemes.SingleAsync(ct);
            other.Entry(same).Property(s => s.Title).CurrentValue = "다른 요청이 바꾼 이름";
            other.Entry(same).Property(s => s.LimitVersion).CurrentValue = same.LimitVersion + 1;
            await other.SaveChangesAsync(ct);
        }
        Assert.Equal(2, Records());

        first.Entry(scheme).Property(s => s.Title).CurrentValue = "늦게 온 이름";
        first.Entry(scheme).Property(s => s.LimitVersion).CurrentValue = scheme.LimitVersion + 1;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(ct));
        Assert.Null(first.Database.CurrentTransaction); // the transaction opened for the failed save is rolled back

        // The context is used again (a retry, or the next request of a pooled context): the refused change is not recorded.
        first.ChangeTracker.Clear();
        _author.Now = () => ("someone-else", "later@demo.iljari.kr");
        await first.SaveChangesAsync(ct);
        Assert.Equal(2, Records());
        Assert.Null(first.Database.CurrentTransaction);
    }
}
