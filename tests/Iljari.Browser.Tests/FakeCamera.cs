using QRCoder;

namespace Iljari.Browser.Tests;

/// <summary>
/// A camera for Chromium that films one QR code: Chromium's fake capture device plays a Y4M file
/// (<c>--use-file-for-fake-video-capture</c>), so the page's own camera reader decodes real video frames.
/// </summary>
public static class FakeCamera
{
    private const int Width = 640, Height = 480;

    /// <summary>Writes a grey-scale 640×480 Y4M clip of <paramref name="text"/> as a QR code (a few identical frames).</summary>
    public static string Film(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix; // includes the quiet zone
        var size = Math.Min(Width, Height) * 9 / 10 / modules.Count;
        var (left, top) = ((Width - size * modules.Count) / 2, (Height - size * modules.Count) / 2);

        var luma = new byte[Width * Height];
        Array.Fill(luma, (byte)235); // white paper
        for (var row = 0; row < modules.Count; row++)
        for (var col = 0; col < modules.Count; col++)
        {
            if (!modules[row][col]) continue;
            for (var y = 0; y < size; y++)
                Array.Fill(luma, (byte)16, (top + row * size + y) * Width + left + col * size, size);
        }
        var chroma = new byte[Width * Height / 4];
        Array.Fill(chroma, (byte)128); // no colour

        var path = Path.Combine(Path.GetTempPath(), $"iljari-camera-{Guid.NewGuid():N}.y4m");
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < 5; frame++)
        {
            file.Write("FRAME\n"u8);
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }
        return path;
    }
}
