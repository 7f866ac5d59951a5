using System.Net;
using System.Reflection;
using System.Text.Json;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Pages.Staff.Events;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// Only the event's own staff manage it; an employer sees only its own booth's seekers, and only those who booked it.
/// The managing handlers are found by reflection, so a new one fails the first test until it is listed here.
/// </summary>
public class EventAuthorizationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every page of the staff's event folder and its POST handlers ("" for the plain OnPost).</summary>
    private static readonly IReadOnlyList<(string Page, string Handler)> Handlers = [.. typeof(ScheduleModel).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ScheduleModel).Namespace && t.IsSubclassOf(typeof(PageModel)))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(m => (t.Name[..^"Model".Length], Trim(m.Name["OnPost".Length..]))))
        .Distinct().Order()];

    /// <summary>Every GET handler of those pages that names an event (Index lists the caller's own agency only).</summary>
    private static readonly IReadOnlyList<(string Page, string Handler)> Views = [.. typeof(ScheduleModel).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ScheduleModel).Namespace && t.IsSubclassOf(typeof(PageModel)))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal) && m.GetParameters().Any(p => p.Name == "id"))
            .Select(m => (t.Name[..^"Model".Length], Trim(m.Name["OnGet".Length..]))))
        .Distinct().Order()];

    private static string Trim(string handler) => handler.EndsWith("Async", StringComparison.Ordinal) ? handler[..^"Async".Length] : handler;

    [Fact]
    public async Task Staff_of_another_agency_and_the_city_are_refused_by_every_managing_handler_and_nothing_changes()
    {
        var id = await app.PublishedEventAsync("권한 시험 행사");
        var booth = await app.ApprovedBoothAsync(id, await app.OwnCompanyIdAsync(), await app.OwnOpenPostingAsync(), 20);
        var requested = await app.WithDbAsync(async db =>
        {
            var e = await db.HiringEvents.SingleAsync(x => x.Id == id, Ct);
            var other = await db.JobPostings.Where(p => !db.EventBooths.Any(b => b.EventId == id && b.CompanyId == p.CompanyId))
                .OrderBy(p => p.Id).FirstAsync(Ct);
            var b = EventBooth.Request(e, other.CompanyId, [other.Id], 20, 1, [], null, DateTime.UtcNow);
            db.EventBooths.Add(b);
            await db.SaveChangesAsync(Ct);
            return b.Id;
        });
        var seekers = await app.DistinctSeekersAsync(3);
        await app.RegisterAsync(id, (seekers[0].Id, [booth]), (seekers[1].Id, [booth]));
        var owner = await app.SignedInAsync(DemoAccounts.Counselor);
        var schedule = $"/Staff/Events/Schedule/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(owner, $"{schedule}?handler=Run", new(), tokenFrom: schedule)).StatusCode);
        var interviews = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(Ct));
        Assert.Equal(2, interviews.Count);
        await Forms.PostAsync(owner, $"{schedule}?handler=Lock", new() { ["interviewId"] = $"{interviews[1]}", ["locked"] = "true" }, tokenFrom: schedule);
        var registration = await app.WithDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
            token = scope.ServiceProvider.GetRequiredService<CheckInTokens>().Issue(id, registration, DateTime.UtcNow.AddDays(2));
        var fields = (await app.WithDbAsync(db => db.HiringEvents.SingleAsync(e => e.Id == id, Ct))).ToFields();

        // One request per handler (Lock twice: to lock and to unlock), each aimed at something real of this event.
        var requests = new (string Page, string Handler, Dictionary<string, string> Fields)[]
        {
            ("CheckIn", "Interview", new() { ["registrationId"] = $"{registration}", ["boothId"] = $"{booth}" }),
            ("CheckIn", "Manual", new() { ["registrationId"] = $"{registration}" }),
            ("CheckIn", "Token", new() { ["token"] = token }),
            ("CheckIn", "WalkIn", new() { ["email"] = seekers[2].Email }),
            ("Edit", "", EditFields(fields, capacity: 80)),
            ("Manage", "Approve", new() { ["boothId"] = $"{requested}" }),
            ("Manage", "CancelRegistration", new() { ["registrationId"] = $"{registration}" }),
            ("Manage", "Publish", []),
            ("Manage", "Reject", new() { ["boothId"] = $"{requested}" }),
            ("Schedule", "Lock", new() { ["interviewId"] = $"{interviews[0]}", ["locked"] = "true" }),
            ("Schedule", "Lock", new() { ["interviewId"] = $"{interviews[1]}", ["locked"] = "false" }),
            ("Schedule", "Publish", []),
            ("Schedule", "Run", []),
            ("Manage", "CancelEvent", []), // last: the owner's run below really cancels the event
        };
        Assert.Equal(Handlers, requests.Select(r => (r.Page, r.Handler)).Distinct().Order());
        Assert.Equal([("CheckIn", ""), ("Edit", ""), ("Manage", ""), ("Report", ""), ("Report", "Excel"), ("Schedule", "")], Views);

        var before = await SnapshotAsync(id, "권한 시험 행사");
        foreach (var account in new[] { DemoAccounts.PartnerCounselor, DemoAccounts.CityAdmin })
        {
            var stranger = await app.SignedInAsync(account);
            foreach (var (page, handler, form) in requests)
            {
                var response = await Forms.PostAsync(stranger, Url(page, handler, id), form, tokenFrom: "/Notifications/Settings");
                Assert.True(Refused(response), $"{account}: POST {page} {handler} answered {(int)response.StatusCode} {response.Headers.Location}");
            }
            foreach (var (page, handler) in Views)
            {
                var response = await stranger.GetAsync(Url(page, handler, id), Ct);
                Assert.True(Refused(response), $"{account}: GET {page} {handler} answered {(int)response.StatusCode}");
            }
            Assert.True(Refused(await stranger.GetAsync($"/Events/Queue/{id}", Ct)));
            Assert.DoesNotContain("권한 시험 행사", await (await stranger.GetAsync("/Staff/Events", Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(before, await SnapshotAsync(id, "권한 시험 행사"));
        }

        // The same requests from the event's own counselor reach their handlers (each answers with its redirect), so the
        // refusals above come from the access check, not from a wrong address or form.
        foreach (var (page, handler, form) in requests)
        {
            var response = await Forms.PostAsync(owner, Url(page, handler, id), form, tokenFrom: "/Notifications/Settings");
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && !Refused(response), $"owner: POST {page} {handler} answered {(int)response.StatusCode}");
        }
        Assert.NotEqual(before, await SnapshotAsync(id, "권한 시험 행사"));
    }

    [Fact]
    public async Task An_employer_sees_only_the_seekers_booked_at_its_own_booth_and_one_without_a_booth_sees_none()
    {
        // A chose only booth 1, B only booth 2, C both.
        var id = await app.PublishedEventAsync("부스 열람 시험 행사");
        var company1 = await app.OwnCompanyIdAsync();
        var booth1 = await app.ApprovedBoothAsync(id, company1, await app.OwnOpenPostingAsync(), 20);
        var employer2 = await app.ForeignEmployerAsync();
        var company2 = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "other-company@example.kr").Select(u => u.OrganisationId!.Value).SingleAsync(Ct));
        var booth2 = await app.ApprovedBoothAsync(id, company2, await app.OpenPostingOfAsync(company2), 20);
        var company3 = await app.WithDbAsync(db => db.Companies.Where(c => c.Id != company1 && c.Id != company2).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct));
        var employer3 = await app.NewEmployerAsync("no-booth@example.kr", company3);
        var people = await app.DistinctSeekersAsync(3);
        var (a, b, c) = (people[0], people[1], people[2]);
        await app.RegisterAsync(id, (a.Id, [booth1]), (b.Id, [booth2]), (c.Id, [booth1, booth2]));
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var schedule = $"/Staff/Events/Schedule/{id}";
        await Forms.PostAsync(staff, $"{schedule}?handler=Run", new(), tokenFrom: schedule);
        await Forms.PostAsync(staff, $"{schedule}?handler=Publish", new(), tokenFrom: schedule);
        var booked = await app.WithDbAsync(db => db.EventInterviews.Where(i => i.EventId == id).Select(i => new { i.BoothId, i.SeekerProfileId }).ToListAsync(Ct));
        Assert.Equal([a.Id, c.Id], booked.Where(x => x.BoothId == booth1).Select(x => x.SeekerProfileId).Order());
        Assert.Equal([b.Id, c.Id], booked.Where(x => x.BoothId == booth2).Select(x => x.SeekerProfileId).Order());

        var employer1 = await app.SignedInAsync(DemoAccounts.Employer);
        await AssertSeesOnlyAsync(employer1, id, booth2, [a, c], [b]);
        await AssertSeesOnlyAsync(employer2, id, booth1, [b, c], [a]);

        // No booth: the booth page is the application form, and neither the queue nor the calendar file exists.
        var noBooth = await employer3.GetStringAsync($"/Employer/Events/Booth/{id}", Ct);
        Assert.All(people, p => Assert.DoesNotContain(p.Name, noBooth, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await employer3.GetAsync($"/Events/Queue/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer3.GetAsync($"/Employer/Events/Booth/{id}?handler=Ics", Ct)).StatusCode);
    }

    /// <summary>
    /// The booth page lists the booked seekers by name and phone — the contact an employer gets once a seeker applies,
    /// and booking a booth is the seeker's own request to meet it — but never an e-mail; the queue, shown on a screen at
    /// the booth, masks names; the calendar file names them without contact. Nothing of anyone else, even when the
    /// queue is asked for another company's booth.
    /// </summary>
    private static async Task AssertSeesOnlyAsync(HttpClient employer, int id, int otherBooth, EventSetup.Person[] mine, EventSetup.Person[] others)
    {
        var page = await employer.GetStringAsync($"/Employer/Events/Booth/{id}", Ct);
        var queue = await employer.GetStringAsync($"/Events/Queue/{id}?booth={otherBooth}", Ct);
        var ics = await employer.GetStringAsync($"/Employer/Events/Booth/{id}?handler=Ics", Ct);
        Assert.Contains($"면접 일정 {mine.Length}건", page, StringComparison.Ordinal);
        foreach (var p in mine)
        {
            Assert.Contains($"{p.Name} · {p.Phone}", page, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Email, page, StringComparison.Ordinal);
            Assert.Contains(p.Masked, queue, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Name, queue, StringComparison.Ordinal);
            Assert.Contains($"면접: {p.Name}", ics, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Phone, ics, StringComparison.Ordinal);
        }
        foreach (var p in others)
        {
            foreach (var text in new[] { page, queue, ics })
            {
                Assert.DoesNotContain(p.Name, text, StringComparison.Ordinal);
                Assert.DoesNotContain(p.Masked, text, StringComparison.Ordinal);
                Assert.DoesNotContain(p.Phone, text, StringComparison.Ordinal);
            }
        }
    }

    private static string Url(string page, string handler, int id) => $"/Staff/Events/{page}/{id}" + (handler == "" ? "" : $"?handler={handler}");

    /// <summary>404 (the project's answer to someone else's record), 403, or the cookie scheme's redirect to the access-denied page.</summary>
    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);

    private static Dictionary<string, string> EditFields(HiringEventFields f, int capacity) => new()
    {
        ["Input.Kind"] = $"{f.Kind}", ["Input.Title"] = f.Title!, ["Input.Place"] = f.Place!, ["Input.Date"] = $"{f.Date:yyyy-MM-dd}",
        ["Input.StartTime"] = $"{f.StartTime:HH\\:mm}", ["Input.EndTime"] = $"{f.EndTime:HH\\:mm}", ["Input.Capacity"] = $"{capacity}",
        ["Input.MaxChoices"] = $"{f.MaxChoices}", ["Input.RegistrationOpens"] = $"{f.RegistrationOpens:yyyy-MM-dd}",
        ["Input.RegistrationCloses"] = $"{f.RegistrationCloses:yyyy-MM-dd}",
    };

    /// <summary>Everything a managing action could change: the event, its booths, registrations and interviews, its notice and notifications.</summary>
    private Task<string> SnapshotAsync(int id, string title) => app.WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        Event = await db.HiringEvents.AsNoTracking().SingleAsync(e => e.Id == id, Ct),
        Booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == id).OrderBy(b => b.Id).ToListAsync(Ct),
        Registrations = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.Id).ToListAsync(Ct),
        Interviews = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == id).OrderBy(i => i.Id).ToListAsync(Ct),
        Notices = await db.Notices.CountAsync(n => n.Title == title, Ct),
        Notifications = await db.Notifications.CountAsync(n => n.Title.Contains(title), Ct),
    }));
}
