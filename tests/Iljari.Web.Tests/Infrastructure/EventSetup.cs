using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Postings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DemoAccounts = Iljari.Web.Infrastructure.DemoAccounts;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>
/// Hiring events made straight in the database, for tests about what comes after publishing (booths, registrations);
/// the steps under test then go through the pages. EventTests shows the same steps through the forms.
/// </summary>
public static class EventSetup
{
    /// <summary>A seeker as the pages show them.</summary>
    public sealed record Person(int Id, string Name, string Phone, string Email)
    {
        public string Masked => Masking.Name(Name);
    }

    /// <summary>
    /// A published 현장면접 made by the demo counselor for their agency, tomorrow, 10:00–12:00 Korean time, taking registrations today.
    /// </summary>
    public static Task<int> PublishedEventAsync(this IljariApp app, string title, int capacity = 50) => app.WithDbAsync(async db =>
    {
        var counselor = await db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => new { u.Id, u.OrganisationId }).FirstAsync();
        var now = DateTime.UtcNow;
        var today = KoreanFormat.TodayInKorea(TimeProvider.System);
        var e = HiringEvent.Draft(counselor.OrganisationId!.Value, counselor.Id, new HiringEventFields
        {
            Title = title, Place = "고양시청 대회의실", Date = today.AddDays(1), StartTime = new(10, 0), EndTime = new(12, 0), Capacity = capacity,
            RegistrationOpens = today, RegistrationCloses = today,
        }, today, now);
        db.HiringEvents.Add(e);
        await db.SaveChangesAsync();
        e.Publish(0);
        await db.SaveChangesAsync();
        return e.Id;
    });

    /// <summary>An approved booth of the company with no breaks.</summary>
    public static Task<int> ApprovedBoothAsync(this IljariApp app, int eventId, int companyId, int postingId, int slotMinutes, int interviewers = 1) =>
        app.WithDbAsync(async db =>
        {
            var e = await db.HiringEvents.SingleAsync(x => x.Id == eventId);
            var booth = EventBooth.Request(e, companyId, [postingId], slotMinutes, interviewers, [], null, DateTime.UtcNow);
            booth.Decide(true, DateTime.UtcNow);
            db.EventBooths.Add(booth);
            await db.SaveChangesAsync();
            return booth.Id;
        });

    /// <summary>Confirmed registrations in the order given (a second apart), each with its booths, first choice first.</summary>
    public static Task RegisterAsync(this IljariApp app, int eventId, params (int SeekerId, int[] Booths)[] seekers) => app.WithDbAsync(async db =>
    {
        var e = await db.HiringEvents.SingleAsync(x => x.Id == eventId);
        var approved = (await db.EventBooths.Where(b => b.EventId == eventId && b.Status == BoothStatus.Approved).Select(b => b.Id).ToListAsync()).ToHashSet();
        var now = DateTime.UtcNow;
        foreach (var (seeker, i) in seekers.Select((s, i) => (s, i)))
            db.EventRegistrations.Add(EventRegistration.Create(e, seeker.SeekerId, seeker.Booths, approved, false, "test", false, now.AddSeconds(i)));
        return await db.SaveChangesAsync();
    });

    /// <summary>
    /// Generated seekers (never the demo seeker) whose names, masked names and phones are all different and none contains
    /// another, so a page can be searched for one without finding another.
    /// </summary>
    public static Task<List<Person>> DistinctSeekersAsync(this IljariApp app, int count, int skip = 0) => app.WithDbAsync(async db =>
    {
        var candidates = await db.SeekerProfiles.Where(s => s.Email != DemoAccounts.Seeker && s.UserId != "").OrderBy(s => s.Id).Skip(skip).Take(300)
            .Select(s => new Person(s.Id, s.Name, s.Phone, s.Email)).ToListAsync();
        var picked = new List<Person>();
        foreach (var p in candidates.Where(p => p.Name.Length >= 2 && p.Phone.Length >= 8 && p.Email.Length > 0))
        {
            if (picked.Any(q => q.Name.Contains(p.Name, StringComparison.Ordinal) || p.Name.Contains(q.Name, StringComparison.Ordinal)
                || q.Masked == p.Masked || q.Phone == p.Phone)) continue;
            picked.Add(p);
            if (picked.Count == count) return picked;
        }
        throw new InvalidOperationException($"only {picked.Count} distinct seekers in the demo data");
    });

    /// <summary>An open posting of the company (a copy of the demo barista posting), so its booth recruits for its own job.</summary>
    public static Task<int> OpenPostingOfAsync(this IljariApp app, int companyId) => app.WithDbAsync(async db =>
    {
        var source = await db.JobPostings.FirstAsync(p => p.Company!.BusinessNumber == DemoAccounts.CompanyBusinessNumber && p.Status == PostingStatus.Open);
        var copy = JobPosting.Draft(companyId, source.Fields, DateTime.UtcNow);
        copy.Apply(PostingAction.Publish, DateTime.UtcNow);
        db.JobPostings.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    });

    /// <summary>An employer account of an existing company, made straight through Identity; signs it in.</summary>
    public static async Task<HttpClient> NewEmployerAsync(this IljariApp app, string email, int companyId)
    {
        const string password = "employer-pass-2026";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = "시험기업", OrganisationId = companyId, CreatedAt = DateTime.UtcNow, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Employer)).Succeeded);
        }
        return await app.SignedInAsync(email, password);
    }
}
