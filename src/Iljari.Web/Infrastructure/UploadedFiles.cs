using Iljari.Core.Domain.Common;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// Stores uploaded documents (signed consent forms, later incentive evidence). The type is judged by the file's first
/// bytes, not its name; the size is limited; the stored name is random, so a user never chooses a path.
/// </summary>
public sealed class UploadedFiles(IWebHostEnvironment env, IConfiguration config)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly (string Extension, string ContentType, byte[] Magic)[] Kinds =
    [
        (".pdf", "application/pdf", "%PDF"u8.ToArray()),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    private string Root
    {
        get
        {
            var folder = config["Iljari:UploadFolder"] is { Length: > 0 } f ? f : "App_Data/uploads";
            return Path.IsPathRooted(folder) ? folder : Path.Combine(env.ContentRootPath, folder);
        }
    }

    /// <summary>Saves the file under <paramref name="area"/> and returns its stored name, or throws a Korean message.</summary>
    public async Task<string> SaveAsync(IFormFile? file, string area, string field, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new ValidationFailedException([new FieldError(field, "파일을 골라 주세요.")]);
        if (file.Length > MaxBytes) throw new ValidationFailedException([new FieldError(field, "파일은 5MB 이하만 올릴 수 있습니다.")]);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var kind = Kinds.FirstOrDefault(k => bytes.AsSpan().StartsWith(k.Magic));
        if (kind.Extension is null) throw new ValidationFailedException([new FieldError(field, "PDF, JPG, PNG 파일만 올릴 수 있습니다.")]);
        var name = Guid.NewGuid().ToString("N") + kind.Extension;
        var dir = Directory.CreateDirectory(Path.Combine(Root, area));
        await File.WriteAllBytesAsync(Path.Combine(dir.FullName, name), bytes, ct);
        return name;
    }

    /// <summary>Opens a stored file; only names this class made (32 hex digits and a known extension) are accepted.</summary>
    public (Stream Stream, string ContentType)? Open(string area, string storedName)
    {
        var kind = Kinds.FirstOrDefault(k => storedName.EndsWith(k.Extension, StringComparison.Ordinal));
        var stem = kind.Extension is null ? "" : storedName[..^kind.Extension.Length];
        if (stem.Length != 32 || !stem.All(Uri.IsHexDigit)) return null;
        var path = Path.Combine(Root, area, storedName);
        return File.Exists(path) ? (File.OpenRead(path), kind.ContentType) : null;
    }
}
