namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// One lock per event for everything that counts and then takes a place or an interview slot (registration, the
/// waitlist, 현장 면접, saving a timetable): without it two requests could both see the last place or slot free. On
/// PostgreSQL a transaction-scoped advisory lock on the event id; on SQLite the write transaction (BEGIN IMMEDIATE),
/// which is exclusive anyway — the same scheme as the access-log chain (<see cref="Sharing.AccessLogger"/>).
/// </summary>
public static class EventLock
{
    /// <summary>First key of the two-key advisory lock, naming "an event's places and slots"; the second is the event id.</summary>
    private const int Scope = 0x45564E54; // "EVNT"

    /// <summary>Runs <paramref name="work"/> holding the event's lock, in the caller's transaction or its own.</summary>
    public static async Task RunAsync(AppDbContext db, int eventId, Func<Task> work, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await TakeAsync(db, eventId, ct);
            await work();
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>Takes the event's lock inside the transaction the caller has open; it is released at commit or rollback.</summary>
    public static async Task TakeAsync(AppDbContext db, int eventId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Scope}, {eventId})", ct);
    }
}
