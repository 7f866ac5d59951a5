using Microsoft.AspNetCore.DataProtection;
using QRCoder;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// 입장 QR: a signed, expiring token naming one registration (ASP.NET Core Data Protection, so it cannot be forged or
/// altered and stops working the day after the event). The staff page reads it from the camera or as typed text.
/// </summary>
public sealed class CheckInTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Iljari.Events.CheckIn").ToTimeLimitedDataProtector();

    public string Issue(int eventId, int registrationId, DateTime validUntilUtc) =>
        _protector.Protect($"{eventId}:{registrationId}", new DateTimeOffset(validUntilUtc, TimeSpan.Zero));

    /// <summary>The registration id when the token is genuine, for this event and not expired; otherwise null.</summary>
    public int? Read(string? token, int eventId)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            var payload = _protector.Unprotect(token.Trim(), out var expires);
            if (expires < time.GetUtcNow()) return null;
            var parts = payload.Split(':');
            return parts.Length == 2 && int.TryParse(parts[0], out var e) && e == eventId && int.TryParse(parts[1], out var r) ? r : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The token as an SVG QR code (no image files, prints sharply).</summary>
    public static string QrSvg(string token)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(token, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
