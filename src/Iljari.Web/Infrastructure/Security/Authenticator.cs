using System.Text;
using QRCoder;

namespace Iljari.Web.Infrastructure.Security;

/// <summary>What an authenticator app needs: the otpauth:// address as an SVG QR code, and the key in groups of 4 for typing.</summary>
public static class Authenticator
{
    public const string Issuer = "고양 일자리";

    /// <summary>Key URI format understood by Google Authenticator, Microsoft Authenticator and others (SHA-1, 6 digits, 30 s).</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>An inline SVG (no script, no external image, so the CSP needs nothing extra).</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>"ABCD EFGH IJKL …": easier to read out and type than 32 letters in a row.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToUpperInvariant();
    }

    /// <summary>A typed code without spaces or hyphens ("123 456" → "123456").</summary>
    public static string Clean(string? code) => new((code ?? "").Where(c => c is not (' ' or '-')).ToArray());
}
