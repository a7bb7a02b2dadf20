using System.Collections.Frozen;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// Where a draft shows each of the domain's refusals: a rule code (e.g. "initiative.title") names a field of the
/// draft, and so do the codes below it ("initiative.title.empty", "initiative.title.too-long"). Declared once per
/// draft; a code that no entry names is shown above the form.
/// </summary>
public sealed class RuleFields
{
    private readonly FrozenDictionary<string, string> fields;

    private RuleFields(IEnumerable<KeyValuePair<string, string>> fields) => this.fields = fields.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every refusal above the form.</summary>
    public static RuleFields None { get; } = new([]);

    /// <summary>Rule codes (or the codes above them) and the draft's field that shows their refusals.</summary>
    public static RuleFields Of(params (string Rule, string Field)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Rule, e.Field)));

    /// <summary>The field for a rule code: the entry for the code itself or for the nearest code above it.</summary>
    public string FieldOf(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        for (var code = rule; code.Length > 0; code = Parent(code))
        {
            if (fields.TryGetValue(code, out var field))
            {
                return field;
            }
        }

        return FieldError.FormLevel;
    }

    private static string Parent(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? string.Empty : code[..dot];
    }
}
