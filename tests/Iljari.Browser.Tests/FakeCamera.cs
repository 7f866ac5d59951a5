namespace Iljari.Browser.Tests;

/// <summary>
/// A camera for Chromium that films a picture: Chromium's fake capture device plays a Y4M file
/// (<c>--use-file-for-fake-video-capture</c>), so the page's own camera reader decodes real video frames.
/// </summary>
public static class FakeCamera
{
    private const int Width = 640, Height = 480;

    /// <summary>
    /// Writes a grey-scale 640×480 Y4M clip (a few identical frames) of a square picture, <paramref name="side"/> pixels
    /// a side, given row by row as grey levels 0–255, centred on white.
    /// </summary>
    public static string Film(IReadOnlyList<int> grey, int side)
    {
        if (grey.Count != side * side || side > Height) throw new ArgumentException("a square picture no taller than the frame", nameof(grey));
        var luma = new byte[Width * Height];
        Array.Fill(luma, (byte)235); // white paper
        var (left, top) = ((Width - side) / 2, (Height - side) / 2);
        for (var y = 0; y < side; y++)
        for (var x = 0; x < side; x++)
            luma[(top + y) * Width + left + x] = (byte)(16 + grey[y * side + x] * 219 / 255); // studio range, as Y4M expects
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

    /// <summary>
    /// The grey levels of <paramref name="svg"/> as the browser draws it, <paramref name="side"/> pixels a side on white:
    /// what a phone screen showing that code puts in front of the camera.
    /// </summary>
    public static Task<int[]> PictureOfAsync(Microsoft.Playwright.ILocator svg, int side) =>
        svg.EvaluateAsync<int[]>(@"async (svg, side) => {
            const image = new Image();
            image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = side;
            const context = canvas.getContext('2d');
            context.fillStyle = '#fff';
            context.fillRect(0, 0, side, side);
            context.drawImage(image, 0, 0, side, side);
            const rgba = context.getImageData(0, 0, side, side).data;
            return Array.from({ length: side * side }, (_, i) => rgba[i * 4 + 1]);
        }", side);
}
