using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// Event tables on PostgreSQL: list columns, the one-live-registration index, a scheduling run saved, and the advisory
/// lock that keeps two registrations from taking the last place.
/// </summary>
public class PostgresEventTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registrations_and_a_schedule_round_trip_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now.AddHours(9));
        var agency = await app.WithDbAsync(db => db.Agencies.Where(a => !a.IsCityOffice).Select(a => a.Id).FirstAsync(Ct));
        var company = await app.OwnCompanyIdAsync();
        var posting = await app.OwnOpenPostingAsync();
        var seekers = await app.WithDbAsync(db => db.SeekerProfiles.OrderBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync(Ct));
        var (eventId, boothId) = await app.WithDbAsync(async db =>
        {
            var e = HiringEvent.Draft(agency, "staff", new HiringEventFields
            {
                Title = "PG 현장면접", Place = "시청", Date = today.AddDays(3), Capacity = 10, RegistrationOpens = today, RegistrationCloses = today.AddDays(1),
                Groups = ["youth", "middle"],
            }, today, now);
            db.HiringEvents.Add(e);
            await db.SaveChangesAsync(Ct);
            e.Publish(0);
            var booth = EventBooth.Request(e, company, [posting], 20, 1, ["12:00-13:00"], null, now);
            booth.Decide(true, now);
            db.EventBooths.Add(booth);
            await db.SaveChangesAsync(Ct);
            foreach (var (s, i) in seekers.Select((s, i) => (s, i)))
                db.EventRegistrations.Add(EventRegistration.Create(e, s, [booth.Id], new HashSet<int> { booth.Id }, false, "u", false, now.AddSeconds(i),
                    i == 2 ? Attendance.Afternoon : Attendance.AllDay));
            await db.SaveChangesAsync(Ct);
            return (e.Id, booth.Id);
        });

        // A second live registration of the same seeker is refused by the filtered unique index.
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            var e = await db.HiringEvents.SingleAsync(x => x.Id == eventId, Ct);
            db.EventRegistrations.Add(EventRegistration.Create(e, seekers[0], [], new HashSet<int>(), false, "u", false, now));
            return await db.SaveChangesAsync(Ct);
        }));

        var saved = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync(Ct));
        Assert.All(saved, r => Assert.Equal([boothId], r.Choices));
        Assert.Equal(Attendance.Afternoon, saved[2].Attendance);
        Assert.Equal(["youth", "middle"], await app.WithDbAsync(db => db.HiringEvents.Where(e => e.Id == eventId).Select(e => e.Groups).SingleAsync(Ct)));

        await using var scope = app.Services.CreateAsyncScope();
        var db2 = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var e2 = await db2.HiringEvents.SingleAsync(x => x.Id == eventId, Ct);
        var result = await scope.ServiceProvider.GetRequiredService<EventScheduling>().RunAsync(e2, Ct);
        Assert.Empty(result.Violations);
        Assert.Equal(3, result.Optimised.Stats.Interviews);
        var interviews = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == eventId).ToListAsync(Ct));
        Assert.Equal(3, interviews.Count);
        // The afternoon-only seeker's interview starts at 13:00 Korean time or later.
        Assert.True(interviews.Single(i => i.SeekerProfileId == seekers[2]).StartAt.AddHours(9).TimeOfDay >= new TimeSpan(13, 0, 0));
    }

    [Fact]
    public async Task Two_registrations_racing_for_the_last_place_give_one_place_and_one_waitlist_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        await EventRegistrationTests.RaceForTheLastPlaceAsync(app);
    }
}
