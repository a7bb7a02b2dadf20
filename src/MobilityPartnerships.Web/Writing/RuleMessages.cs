using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// A domain refusal in the user's language, looked up by its rule code: "Rule_{code}" first (in its singular form
/// "Rule_{code}_One" where it has one and its first value is a count that takes it); else, for the shared checks
/// ("partnership.name.required"), the check's wording "RuleGeneric_{last part}" with the subject "RuleSubject_{the rest}".
/// The domain's English message is shown only for a code that has no text yet. Its values are written in the language
/// too: an enum by its name, a list named in part (<see cref="ListedInPart"/>) joined as the language joins a list.
/// </summary>
public static class RuleMessages
{
    public const string RulePrefix = "Rule_";
    public const string GenericPrefix = "RuleGeneric_";
    public const string SubjectPrefix = "RuleSubject_";

    /// <summary>The text of a list named in part: "{0} and {1} more".</summary>
    public const string ListGoesOn = "RuleList_AndMore";

    public static string Of(IStringLocalizer<Strings> localizer, DomainRuleException refusal)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(refusal);
        var arguments = refusal.Arguments.Select(a => a switch
        {
            Enum value => Named(localizer, value),
            ListedInPart listed => Listed(localizer, listed),
            _ => a,
        }).ToArray();
        if (refusal.Arguments is [int count, ..] && localizer[Display.CountedKey(RulePrefix + refusal.Rule, count)] is { ResourceNotFound: false } counted)
        {
            return Format(counted.Value, arguments) ?? refusal.Message;
        }

        if (localizer[RulePrefix + refusal.Rule] is { ResourceNotFound: false } exact)
        {
            return Format(exact.Value, arguments) ?? refusal.Message;
        }

        var cut = refusal.Rule.LastIndexOf('.');
        if (cut > 0
            && localizer[GenericPrefix + refusal.Rule[(cut + 1)..]] is { ResourceNotFound: false } generic
            && localizer[SubjectPrefix + refusal.Rule[..cut]] is { ResourceNotFound: false } subject
            && Format(subject.Value, arguments) is { } named)
        {
            return Format(generic.Value, [named, .. arguments]) ?? refusal.Message;
        }

        return refusal.Message;
    }

    /// <summary>The items named, as the language separates a list, and "and 3 more" where the list goes on.</summary>
    private static string Listed(IStringLocalizer<Strings> localizer, ListedInPart listed)
    {
        var named = localizer.List(listed.Named);
        return listed.Unnamed == 0 ? named : localizer.Counted(ListGoesOn, listed.Unnamed, named, listed.Unnamed);
    }

    private static object Named(IStringLocalizer<Strings> localizer, Enum value) =>
        localizer[$"{value.GetType().Name}_{value}"] is { ResourceNotFound: false } name ? name.Value : value;

    /// <summary>The text with its values, or null when the text names more values than the refusal carries.</summary>
    private static string? Format(string text, object?[] arguments)
    {
        try
        {
            // A day the text names in words (a Display.DayPattern placeholder) is written as every page writes it: "1er octobre 2026" in French.
            return string.Format(Display.DayFormat, text, arguments);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
