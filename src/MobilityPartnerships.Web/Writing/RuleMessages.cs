using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// A domain refusal in the user's language, looked up by its rule code: "Rule_{code}" first; else, for the shared checks
/// ("partnership.name.required"), the check's wording "RuleGeneric_{last part}" with the subject "RuleSubject_{the rest}".
/// The domain's English message is shown only for a code that has no text yet.
/// </summary>
public static class RuleMessages
{
    public const string RulePrefix = "Rule_";
    public const string GenericPrefix = "RuleGeneric_";
    public const string SubjectPrefix = "RuleSubject_";

    public static string Of(IStringLocalizer<Strings> localizer, DomainRuleException refusal)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(refusal);
        var arguments = refusal.Arguments.Select(a => a is Enum value ? Named(localizer, value) : a).ToArray();
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
