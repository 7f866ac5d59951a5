using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data.DemoData;

/// <summary>Writes generated demo data into an empty database (does nothing when organisations already exist).</summary>
public sealed class DemoDataSeeder(AppDbContext db, TimeProvider time)
{
    private const int Batch = 1_000;

    public async Task<bool> SeedAsync(DemoDataSize size, IPasswordHasher<AppUser> hasher, string password, CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct)) return false;
        var now = time.GetUtcNow().UtcDateTime;
        var generator = new DemoDataGenerator(DemoDataGenerator.DefaultSeed, now);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var agencies = DemoDataGenerator.Agencies(now);
            db.Agencies.AddRange(agencies);
            var companies = generator.Companies(size.Companies);
            db.Companies.AddRange(companies);
            await db.SaveChangesAsync(ct);
            var programs = DemoPrograms.Create(agencies, DateOnly.FromDateTime(now.AddHours(9)), now);
            db.Programs.AddRange(programs);
            await db.SaveChangesAsync(ct);
            db.ProgramSessions.AddRange(DemoPrograms.Sessions(programs, agencies, DateOnly.FromDateTime(now.AddHours(9))));
            await db.SaveChangesAsync(ct);

            foreach (var chunk in generator.Postings(companies, size.Postings).Chunk(Batch))
            {
                db.JobPostings.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            var seekerRole = await db.Roles.Where(r => r.Name == Roles.Seeker).Select(r => r.Id).FirstAsync(ct);
            // PBKDF2 with 100,000 iterations costs ~50 ms a hash; hashing the one shared demo password once keeps
            // the first start fast. Every demo seeker still logs in through the normal Identity path.
            var hash = hasher.HashPassword(new AppUser(), password);
            foreach (var chunk in generator.Seekers(size.Seekers).Chunk(Batch))
            {
                foreach (var (user, profile) in chunk)
                {
                    user.NormalizedUserName = user.UserName!.ToUpperInvariant();
                    user.NormalizedEmail = user.Email!.ToUpperInvariant();
                    user.PasswordHash = hash;
                    user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
                    user.LockoutEnabled = true;
                    db.Users.Add(user);
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = seekerRole });
                    db.SeekerProfiles.Add(profile);
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return true;
    }
}
