using System.Text;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>The part of a downloaded file's name taken from a partnership's name, safe on every system.</summary>
public static class DownloadNames
{
    private const int MaxSlugLength = 80;

    /// <summary>Letters and digits kept, every other run of characters a single hyphen, at most 80 characters; "partnership" when nothing is left.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString(0, Math.Min(builder.Length, MaxSlugLength)).Trim('-');
        return slug.Length == 0 ? "partnership" : slug;
    }
}
