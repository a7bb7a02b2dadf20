using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// The sentence a page shows when a write it ran was not done: the same words for the same outcome on every page that
/// tells it in a line of text (forms show theirs beside their fields, through <see cref="WriteForm{TDraft}"/>).
/// </summary>
public static class WriteMessages
{
    /// <summary>
    /// Why nothing was written, or null when <paramref name="outcome"/> was stored (done, created, or a feature's own
    /// outcome of a stored write, such as an invitation with its link). <paramref name="stale"/> words
    /// "someone else saved first" for the record the page shows, given who did when that is known.
    /// </summary>
    public static string? Of(IStringLocalizer<Strings> text, WriteOutcome outcome, Func<string?, string>? stale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return outcome switch
        {
            WriteOutcome.Invalid invalid => string.Join(" ", invalid.Errors.Select(e => e.Message)),
            WriteOutcome.Failed failed => text[failed.TextKey, failed.Reference],
            WriteOutcome.Refused refused => refused.Message,
            WriteOutcome.NotFound => text["Editing_Gone"],
            WriteOutcome.Stale { StoredBy: var by } => stale?.Invoke(by is null ? null : SystemActor.Shown(by, text)) ?? text["Editing_StaleSomeone"],
            _ => null,
        };
    }
}
