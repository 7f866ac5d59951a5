using System.Net;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>Places and the waitlist: a raised capacity promotes the waitlist; two registrations racing for the last place.</summary>
public class EventRegistrationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Raising_the_capacity_gives_the_new_places_to_the_waitlist_in_order_and_tells_them()
    {
        var id = await app.PublishedEventAsync("정원 확대 시험 행사", capacity: 1);
        var seekers = await app.DistinctSeekersAsync(4);
        foreach (var s in seekers) await RegisterAsync(app, id, s.Id);
        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted],
            await StatusesAsync(id));

        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var edit = $"/Staff/Events/Edit/{id}";
        var f = (await app.WithDbAsync(db => db.HiringEvents.SingleAsync(e => e.Id == id, Ct))).ToFields();
        var saved = await Forms.PostAsync(staff, edit, new()
        {
            ["Input.Kind"] = $"{f.Kind}", ["Input.Title"] = f.Title!, ["Input.Place"] = f.Place!, ["Input.Date"] = $"{f.Date:yyyy-MM-dd}",
            ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "12:00", ["Input.Capacity"] = "3", ["Input.MaxChoices"] = $"{f.MaxChoices}",
            ["Input.RegistrationOpens"] = $"{f.RegistrationOpens:yyyy-MM-dd}", ["Input.RegistrationCloses"] = $"{f.RegistrationCloses:yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("대기자 2명의 참가가 확정되어 알림을 보냈습니다", await staff.GetStringAsync(saved.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);

        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Registered, RegistrationStatus.Registered, RegistrationStatus.Waitlisted],
            await StatusesAsync(id));
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.Title == "‘정원 확대 시험 행사’ 대기 중이던 참가 신청이 확정되었습니다.")
            .Join(db.SeekerProfiles, n => n.UserId, s => s.UserId, (n, s) => s.Id).ToListAsync(Ct));
        Assert.Equal([seekers[1].Id, seekers[2].Id], told.Order());
    }

    [Fact]
    public Task Two_registrations_racing_for_the_last_place_give_one_place_and_one_waitlist() => RaceForTheLastPlaceAsync(app);

    /// <summary>
    /// The first registration has counted and inserted its place but not committed when the second starts; the second
    /// must wait for it and then see the event full. (Without the lock it counts the uncommitted place as free.) The
    /// first runs inside a transaction the test holds open, so the interleaving is fixed, not left to timing.
    /// </summary>
    internal static async Task RaceForTheLastPlaceAsync(IljariApp app)
    {
        var id = await app.PublishedEventAsync("동시 신청 시험 행사", capacity: 1);
        var seekers = await app.DistinctSeekersAsync(2);
        await using var first = app.Services.CreateAsyncScope();
        var db = first.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        EventRegistration second;
        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            var e = await db.HiringEvents.SingleAsync(x => x.Id == id, Ct);
            var (registration, _) = await first.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(e, seekers[0].Id, [], "test", walkIn: false, Ct);
            Assert.Equal(RegistrationStatus.Registered, registration.Status);
            var racing = Task.Run(() => RegisterAsync(app, id, seekers[1].Id), Ct);
            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
            Assert.False(racing.IsCompleted, "the second registration did not wait for the first");
            await tx.CommitAsync(Ct);
            second = await racing;
        }
        Assert.Equal(RegistrationStatus.Waitlisted, second.Status);
        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Waitlisted], await StatusesAsync(app, id));
    }

    private static async Task<EventRegistration> RegisterAsync(IljariApp app, int id, int seekerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var e = await db.HiringEvents.SingleAsync(x => x.Id == id, Ct);
        return (await scope.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(e, seekerId, [], "test", walkIn: false, Ct)).Registration;
    }

    private Task<List<RegistrationStatus>> StatusesAsync(int id) => StatusesAsync(app, id);

    private static Task<List<RegistrationStatus>> StatusesAsync(IljariApp app, int id) =>
        app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).Select(r => r.Status).ToListAsync(Ct));
}
