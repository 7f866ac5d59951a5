using Microsoft.AspNetCore.DataProtection;
using QRCoder;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>What a check-in code admits to: a hiring event (the registration) or a program session (the application).</summary>
public enum CheckInPurpose { EventEntry, ProgramSession }

/// <summary>
/// 입장·출석 QR: a signed, expiring token naming one registration of an event, or one program application for one
/// session (ASP.NET Core Data Protection, so it cannot be forged or altered and stops working after its day). Each
/// purpose has its own protector, so an event code can never be read as a session code or the other way round. The
/// staff pages read it from the camera or as typed text.
/// </summary>
public sealed class CheckInTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _events = protection.CreateProtector("Iljari.Events.CheckIn").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _sessions = protection.CreateProtector("Iljari.Programs.SessionCheckIn").ToTimeLimitedDataProtector();

    public string Issue(int eventId, int registrationId, DateTime validUntilUtc) => Issue(CheckInPurpose.EventEntry, eventId, registrationId, validUntilUtc);

    /// <summary>The registration id when the token is genuine, for this event and not expired; otherwise null.</summary>
    public int? Read(string? token, int eventId) => Read(CheckInPurpose.EventEntry, token, eventId);

    /// <param name="scopeId">The event (entry) or the session (program attendance) the code is for.</param>
    /// <param name="subjectId">The registration (entry) or the program application (attendance) it admits.</param>
    public string Issue(CheckInPurpose purpose, int scopeId, int subjectId, DateTime validUntilUtc) =>
        Protector(purpose).Protect($"{scopeId}:{subjectId}", new DateTimeOffset(validUntilUtc, TimeSpan.Zero));

    /// <summary>The subject id when the token is genuine, of this purpose, for this scope and not expired; otherwise null.</summary>
    public int? Read(CheckInPurpose purpose, string? token, int scopeId)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            var payload = Protector(purpose).Unprotect(token.Trim(), out var expires);
            if (expires < time.GetUtcNow()) return null;
            var parts = payload.Split(':');
            return parts.Length == 2 && int.TryParse(parts[0], out var s) && s == scopeId && int.TryParse(parts[1], out var subject) ? subject : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(CheckInPurpose purpose) => purpose == CheckInPurpose.EventEntry ? _events : _sessions;

    /// <summary>The token as an SVG QR code (no image files, prints sharply).</summary>
    public static string QrSvg(string token)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(token, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
