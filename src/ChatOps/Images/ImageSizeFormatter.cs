namespace ChatOps.Images;

/// <summary>Sizes the way `docker images` shows them (decimal units), so numbers match what people compare with.</summary>
public static class ImageSizeFormatter
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1_000_000_000 => $"{bytes / 1e9:0.##} GB",
        >= 1_000_000 => $"{bytes / 1e6:0.#} MB",
        >= 1_000 => $"{bytes / 1e3:0.#} kB",
        _ => $"{bytes} B",
    };
}
