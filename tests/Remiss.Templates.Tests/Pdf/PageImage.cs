using System.IO.Compression;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>A page rendered by pdftoppm as a PNG, decoded to grey: what a reader sees on it.</summary>
internal sealed class PageImage
{
    private readonly byte[] _pixels;

    private PageImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>True when the pixel is ink (clearly darker than the paper).</summary>
    public bool IsInk(int x, int y) => _pixels[(y * Width) + x] < 200;

    /// <summary>The ink pixels in a rectangle given in points of a page <paramref name="pageWidth"/> points wide.</summary>
    public int InkIn(double pageWidth, double left, double top, double right, double bottom)
    {
        var scale = Width / pageWidth;
        var count = 0;
        for (var y = Math.Max(0, (int)(top * scale)); y < Math.Min(Height, (int)Math.Ceiling(bottom * scale)); y++)
        {
            for (var x = Math.Max(0, (int)(left * scale)); x < Math.Min(Width, (int)Math.Ceiling(right * scale)); x++)
            {
                if (IsInk(x, y))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Every page of <paramref name="pdf"/> at <paramref name="dpi"/>.</summary>
    public static IReadOnlyList<PageImage> Render(string pdf, int dpi)
    {
        var folder = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-png");
        Directory.CreateDirectory(folder);
        Poppler.Run("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, Path.Combine(folder, "page"));
        return Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).Select(f => Decode(File.ReadAllBytes(f))).ToList();
    }

    /// <summary>Decodes a non-interlaced 8-bit grey or RGB PNG (what <c>pdftoppm -png</c> writes) into grey values.</summary>
    private static PageImage Decode(byte[] png)
    {
        var at = 8;
        int width = 0, height = 0, channels = 1;
        using var data = new MemoryStream();
        while (at < png.Length)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var chunk = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(chunk);
                height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                Assert.True(chunk[8] == 8 && chunk[9] is 0 or 2 && chunk[12] == 0, "pdftoppm is expected to write 8-bit grey or RGB, not interlaced");
                channels = chunk[9] == 2 ? 3 : 1;
            }
            else if (type == "IDAT")
            {
                data.Write(chunk);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflate = new ZLibStream(data, CompressionMode.Decompress);
        var stride = (width * channels) + 1;
        var raw = new byte[stride * height];
        inflate.ReadExactly(raw);
        var line = new byte[width * channels];
        var previous = new byte[width * channels];
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * stride];
            for (var i = 0; i < line.Length; i++)
            {
                var value = raw[(y * stride) + 1 + i];
                int left = i >= channels ? line[i - channels] : 0;
                int up = previous[i];
                int corner = i >= channels ? previous[i - channels] : 0;
                line[i] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + left,
                    2 => value + up,
                    3 => value + ((left + up) / 2),
                    4 => value + Paeth(left, up, corner),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = channels == 1 ? line[x] : (byte)((line[3 * x] + line[(3 * x) + 1] + line[(3 * x) + 2]) / 3);
            }

            (previous, line) = (line, previous);
        }

        return new PageImage(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
