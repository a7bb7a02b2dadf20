using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Features.BriefingPacks;

/// <summary>
/// Settings under "BriefingPacks": where the PDF's font is found on the machine. The PDF embeds DejaVu Sans (Debian
/// package fonts-dejavu-core), which covers the accents, Cyrillic and Georgian of the partnerships' names; nothing
/// is downloaded at run time.
/// </summary>
public sealed class BriefingPackOptions
{
    public const string Section = "BriefingPacks";

    /// <summary>Folders searched in order for <see cref="RegularFontFile"/> and <see cref="BoldFontFile"/>.</summary>
    [MinLength(1)]
    public List<string> FontDirectories { get; set; } =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
    ];

    [Required]
    public string RegularFontFile { get; set; } = "DejaVuSans.ttf";

    [Required]
    public string BoldFontFile { get; set; } = "DejaVuSans-Bold.ttf";
}
