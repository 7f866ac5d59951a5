using System.Security.Cryptography;
using System.Text.Json;
using Iljari.Core.Domain.Seekers;
using Microsoft.AspNetCore.DataProtection;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary>
/// Reads and writes a seeker's 민감정보 as one Data Protection payload (AES-256-CBC + HMAC-SHA256 with keys from
/// <c>Iljari:KeysPath</c>, outside the database). An explicit service rather than an EF value converter, so decryption
/// happens only where a page asks for it — and every such page writes an access-log row first (docs/security.md).
/// </summary>
public sealed class SensitiveDetailsStore(AppDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>The purpose string: a payload protected for another purpose (or another application name) cannot be read.</summary>
    public const string Purpose = "Iljari.SeekerSensitiveDetails.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public Task<bool> ExistsAsync(int seekerProfileId, CancellationToken ct) =>
        db.SeekerSensitiveRecords.AnyAsync(r => r.SeekerProfileId == seekerProfileId, ct);

    /// <summary>The decrypted details, or null when none were entered. Callers log the view before calling this.</summary>
    public async Task<SensitiveDetails?> ReadAsync(int seekerProfileId, CancellationToken ct)
    {
        var payload = await db.SeekerSensitiveRecords.AsNoTracking().Where(r => r.SeekerProfileId == seekerProfileId)
            .Select(r => r.Payload).FirstOrDefaultAsync(ct);
        return payload is null ? null : Unprotect(payload);
    }

    public SensitiveDetails Unprotect(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<SensitiveDetails>(_protector.Unprotect(payload)) ?? new SensitiveDetails();
        }
        catch (CryptographicException e)
        {
            // A missing or foreign key ring: say so plainly rather than show garbage (restore the keys with the database).
            throw new InvalidOperationException("민감정보를 복호화할 수 없습니다. 데이터 보호 키가 데이터베이스와 함께 복원되었는지 확인해 주세요.", e);
        }
    }

    /// <summary>
    /// Saves the details (empty details delete the row) and adds the coarse codes they imply to the profile, in the
    /// caller's unit of work: the caller saves.
    /// </summary>
    public async Task StageAsync(SeekerProfile profile, SensitiveDetails details, string userId, CancellationToken ct)
    {
        var row = await db.SeekerSensitiveRecords.FirstOrDefaultAsync(r => r.SeekerProfileId == profile.Id, ct);
        if (details.IsEmpty)
        {
            if (row is not null) db.SeekerSensitiveRecords.Remove(row);
            return;
        }
        if (row is null) db.SeekerSensitiveRecords.Add(row = new SeekerSensitiveRecord { SeekerProfileId = profile.Id });
        row.Payload = _protector.Protect(JsonSerializer.Serialize(details));
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        row.UpdatedByUserId = userId;
        var added = details.ImpliedGroups().Except(profile.Circumstances).ToList();
        if (added.Count > 0) profile.Circumstances = [.. profile.Circumstances, .. added];
    }
}
