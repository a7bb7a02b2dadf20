namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// The pack's one font family, regular and bold, read from the machine's font files (nothing is downloaded). The
/// files are found when the PDF writer is made and read on first use, then kept for the process.
/// </summary>
internal sealed class PackFontFiles
{
    private readonly Lazy<byte[]> regular;
    private readonly Lazy<byte[]> bold;

    public PackFontFiles(BriefingPackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var regularPath = Find(options, options.RegularFontFile);
        var boldPath = Find(options, options.BoldFontFile);
        regular = new Lazy<byte[]>(() => File.ReadAllBytes(regularPath));
        bold = new Lazy<byte[]>(() => File.ReadAllBytes(boldPath));
    }

    public byte[] Regular => regular.Value;

    public byte[] Bold => bold.Value;

    private static string Find(BriefingPackOptions options, string file) =>
        options.FontDirectories.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            $"The briefing pack's font {file} is in none of {string.Join(", ", options.FontDirectories)}. " +
            $"Install it (Debian: apt-get install fonts-dejavu-core) or set {BriefingPackOptions.Section}:{nameof(BriefingPackOptions.FontDirectories)}.");
}
