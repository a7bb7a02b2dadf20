using System.Linq.Expressions;
using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A filter that narrows a scoreboard's initiatives by one of their fields, declared once in that field's entry
/// (<see cref="InitiativeFieldEntry.Filters"/>): its parameter in the API and its key in the page's address, its
/// description in the OpenAPI document, the <see cref="ScoreboardQuery"/> property that holds the chosen value, how a
/// value is read (a choice of an enum, an id, an exact text) and how it narrows the initiatives query. The API's
/// reading, its OpenAPI parameters, the scoreboard query's narrowing and rules, the page's address and the page's select
/// (its label, place and choices, <see cref="Page"/>) go through <see cref="InitiativeFields.Filters"/>.
/// </summary>
public abstract class FieldFilter
{
    private protected FieldFilter(string name, string address, string description, LambdaExpression chosen, FilterChoices? choices)
    {
        Name = name;
        Choices = choices;
        Address = address;
        Description = description;
        Property = chosen.Body is MemberExpression { Member.DeclaringType: var type } member && type == typeof(ScoreboardQuery)
            ? member.Member.Name
            : throw new ArgumentException("A filter's chosen value is a property of the scoreboard query.", nameof(chosen));
    }

    /// <summary>Its query parameter in the API: "thematicAreaId".</summary>
    public string Name { get; }

    /// <summary>Its key in the scoreboard page's address: "area".</summary>
    public string Address { get; }

    /// <summary>What it keeps, for the OpenAPI document (English, for programs).</summary>
    public string Description { get; }

    /// <summary>The <see cref="ScoreboardQuery"/> property holding the chosen value: "ThematicAreaId".</summary>
    public string Property { get; }

    /// <summary>
    /// How an id or text filter's choices are drawn for a partnership, and in which order they are offered
    /// (<see cref="GetScoreboardFilterOptions"/> reads them all in one statement); null for a choice of an enum, whose
    /// members are always offered.
    /// </summary>
    public FilterChoices? Choices { get; }

    /// <summary>Where the scoreboard page shows it as a select, and under which label; null when only the API and the address offer it.</summary>
    public FilterPlace? Page { get; private set; }

    /// <summary>The filter, shown on the scoreboard page as a select at <paramref name="place"/>.</summary>
    public FieldFilter ShownAt(FilterPlace place)
    {
        Page = place;
        return this;
    }

    /// <summary>Its choices on the page's select, in the order offered: each value as the address writes it, and its words.</summary>
    public abstract IReadOnlyList<FilterOption> Options(ScoreboardFilterOptions options, IStringLocalizer<Strings> text);

    /// <summary>The words of the chosen value among the choices <paramref name="options"/> offer; null when none is chosen or it is not offered.</summary>
    public string? ChosenWords(ScoreboardQuery query, ScoreboardFilterOptions options, IStringLocalizer<Strings> text) =>
        Chosen(query) is { } value ? Options(options, text).FirstOrDefault(o => o.Value == value)?.Words : null;

    /// <summary>The chosen value as the page's select and address hold it; null when none is chosen.</summary>
    public string? Chosen(ScoreboardQuery query) => ToAddress(query);

    /// <summary>The query with the value the page's select chose (null: the filter cleared).</summary>
    public ScoreboardQuery Choose(ScoreboardQuery query, string? value) => ReadFromAddress(query, value, []);

    /// <summary>What the parameter's text is read as (the enum, <see cref="Guid"/> or <see cref="string"/>); the OpenAPI document types it so.</summary>
    public abstract Type ValueType { get; }

    public abstract bool IsChosen(ScoreboardQuery query);

    /// <summary>The query without a value chosen for this filter.</summary>
    public abstract ScoreboardQuery Cleared(ScoreboardQuery query);

    /// <summary>The query with the value the API was sent; a value that does not read leaves a message under <see cref="Name"/>.</summary>
    internal abstract ScoreboardQuery ReadFromApi(ScoreboardQuery query, string? raw, Dictionary<string, string[]> problems);

    /// <summary>The query with the value the page's address holds; a value that does not read is reported in <paramref name="ignored"/> and left out.</summary>
    internal abstract ScoreboardQuery ReadFromAddress(ScoreboardQuery query, string? raw, List<string> ignored);

    /// <summary>The chosen value as the page's address writes it; null when none is chosen.</summary>
    internal abstract string? ToAddress(ScoreboardQuery query);

    /// <summary>
    /// The query without a chosen value that names nothing the partnership's scoreboard offers (reported in
    /// <paramref name="ignored"/>); a choice of an enum is always offered.
    /// </summary>
    internal abstract ScoreboardQuery KeepingOffered(ScoreboardQuery query, ScoreboardFilterOptions options, List<string> ignored);

    /// <summary>
    /// Among a filter's drawn choices, the one the query chose (matched by id, or by text for a text filter), in the
    /// database; null when none is chosen. A cut filter offers it beside its most used values.
    /// </summary>
    internal abstract IQueryable<ChoiceRow>? ChosenAmong(IQueryable<ChoiceRow> drawn, ScoreboardQuery query);

    /// <summary><paramref name="initiatives"/> narrowed to the chosen value, in the database; as they are when none is chosen.</summary>
    internal abstract IQueryable<Initiative> Narrow(IQueryable<Initiative> initiatives, ScoreboardQuery query);

    /// <summary>The scoreboard query's rules for the chosen value (a known enum member, a text's length); null when it has none.</summary>
    internal abstract IValidator<ScoreboardQuery>? Rules { get; }

    /// <summary>A choice among an enum's members, written by name.</summary>
    public static FieldFilter Choice<TEnum>(string name, string address, string description, Expression<Func<ScoreboardQuery, TEnum?>> chosen, Func<ScoreboardQuery, TEnum?, ScoreboardQuery> choose, Func<IQueryable<Initiative>, TEnum, IQueryable<Initiative>> narrow)
        where TEnum : struct, Enum
    {
        var rules = new InlineValidator<ScoreboardQuery>();
        rules.RuleFor(chosen).IsInEnum().WithMessage(ScoreboardQueryValidator.NotAValue);
        return new ValueFilter<TEnum>(name, address, description, chosen, choose, narrow, QueryValues.ReadEnum<TEnum>, ScoreboardView.EnumValue<TEnum>, choices: null, offered: null, rules,
            (_, text) => Enum.GetValues<TEnum>().Select(v => new FilterOption(v.ToString(), text.Name(v))));
    }

    /// <summary>A record named by its id (an organisation, an area, a commitment), which the partnership's scoreboard offers among the <paramref name="choices"/> drawn for it.</summary>
    public static FieldFilter Id(string name, string address, string description, Expression<Func<ScoreboardQuery, Guid?>> chosen, Func<ScoreboardQuery, Guid?, ScoreboardQuery> choose, FilterChoices choices, Func<IQueryable<Initiative>, Guid, IQueryable<Initiative>> narrow) =>
        new ValueFilter<Guid>(name, address, description, chosen, choose, narrow, QueryValues.ReadId, ScoreboardView.IdValue, choices, offered => offered.Select(c => c.Id).OfType<Guid>(), rules: null,
            (offered, _) => offered.Where(c => c.Id is not null).Select(c => new FilterOption(c.Id!.Value.ToString(), c.Name)));

    /// <summary>An exact text (trimmed, at most <paramref name="maxLength"/> characters), which the partnership's scoreboard offers among the <paramref name="choices"/> drawn for it.</summary>
    public static FieldFilter Text(string name, string address, string description, int maxLength, Expression<Func<ScoreboardQuery, string?>> chosen, Func<ScoreboardQuery, string?, ScoreboardQuery> choose, FilterChoices choices, Func<IQueryable<Initiative>, string, IQueryable<Initiative>> narrow) =>
        new TextFilter(name, address, description, maxLength, chosen, choose, choices, narrow);

    private sealed class ValueFilter<T>(
        string name,
        string address,
        string description,
        Expression<Func<ScoreboardQuery, T?>> chosen,
        Func<ScoreboardQuery, T?, ScoreboardQuery> choose,
        Func<IQueryable<Initiative>, T, IQueryable<Initiative>> narrow,
        Func<string?, string, Dictionary<string, string[]>, T?> readFromApi,
        Func<string?, T?> readFromAddress,
        FilterChoices? choices,
        Func<IReadOnlyList<FilterChoice>, IEnumerable<T>>? offered,
        IValidator<ScoreboardQuery>? rules,
        Func<IReadOnlyList<FilterChoice>, IStringLocalizer<Strings>, IEnumerable<FilterOption>> words) : FieldFilter(name, address, description, chosen, choices)
        where T : struct
    {
        private readonly Func<ScoreboardQuery, T?> get = chosen.Compile();

        public override IReadOnlyList<FilterOption> Options(ScoreboardFilterOptions options, IStringLocalizer<Strings> text) => [.. words(options.Of(this), text)];

        public override Type ValueType => typeof(T);

        internal override IValidator<ScoreboardQuery>? Rules => rules;

        public override bool IsChosen(ScoreboardQuery query) => get(query) is not null;

        public override ScoreboardQuery Cleared(ScoreboardQuery query) => choose(query, null);

        internal override ScoreboardQuery ReadFromApi(ScoreboardQuery query, string? raw, Dictionary<string, string[]> problems) =>
            choose(query, readFromApi(raw, Name, problems));

        internal override ScoreboardQuery ReadFromAddress(ScoreboardQuery query, string? raw, List<string> ignored)
        {
            if (string.IsNullOrEmpty(raw))
            {
                return choose(query, null);
            }

            var value = readFromAddress(raw);
            if (value is null)
            {
                ignored.Add($"{Address}={raw}");
            }

            return choose(query, value);
        }

        internal override string? ToAddress(ScoreboardQuery query) => get(query)?.ToString();

        internal override ScoreboardQuery KeepingOffered(ScoreboardQuery query, ScoreboardFilterOptions options, List<string> ignored)
        {
            if (offered is null || get(query) is not { } value || offered(options.Of(this)).Contains(value))
            {
                return query;
            }

            ignored.Add($"{Address}={value} (names nothing in this scoreboard)");
            return choose(query, null);
        }

        internal override IQueryable<ChoiceRow>? ChosenAmong(IQueryable<ChoiceRow> drawn, ScoreboardQuery query) =>
            get(query) is Guid id ? drawn.Where(r => r.Id == id) : null;

        internal override IQueryable<Initiative> Narrow(IQueryable<Initiative> initiatives, ScoreboardQuery query) =>
            get(query) is { } value ? narrow(initiatives, value) : initiatives;
    }

    private sealed class TextFilter(
        string name,
        string address,
        string description,
        int maxLength,
        Expression<Func<ScoreboardQuery, string?>> chosen,
        Func<ScoreboardQuery, string?, ScoreboardQuery> choose,
        FilterChoices choices,
        Func<IQueryable<Initiative>, string, IQueryable<Initiative>> narrow) : FieldFilter(name, address, description, chosen, choices)
    {
        private readonly Func<ScoreboardQuery, string?> get = chosen.Compile();

        public override IReadOnlyList<FilterOption> Options(ScoreboardFilterOptions options, IStringLocalizer<Strings> text) =>
            [.. options.Of(this).Select(c => new FilterOption(c.Name, c.Name))];

        public override Type ValueType => typeof(string);

        internal override IValidator<ScoreboardQuery> Rules { get; } = LengthRule(chosen, maxLength);

        public override bool IsChosen(ScoreboardQuery query) => !string.IsNullOrEmpty(get(query));

        public override ScoreboardQuery Cleared(ScoreboardQuery query) => choose(query, null);

        internal override ScoreboardQuery ReadFromApi(ScoreboardQuery query, string? raw, Dictionary<string, string[]> problems) =>
            choose(query, QueryValues.ReadText(raw, Name, problems));

        internal override ScoreboardQuery ReadFromAddress(ScoreboardQuery query, string? raw, List<string> ignored) =>
            choose(query, AddressValue.FilterText(raw, Address, maxLength, ignored));

        internal override string? ToAddress(ScoreboardQuery query) => get(query);

        internal override ScoreboardQuery KeepingOffered(ScoreboardQuery query, ScoreboardFilterOptions options, List<string> ignored)
        {
            if (get(query) is not { } text || options.Of(this).Any(c => string.Equals(c.Name, text, StringComparison.Ordinal)))
            {
                return query;
            }

            ignored.Add($"{Address}={text} (names nothing in this scoreboard)");
            return choose(query, null);
        }

        internal override IQueryable<ChoiceRow>? ChosenAmong(IQueryable<ChoiceRow> drawn, ScoreboardQuery query)
        {
            if (get(query) is not { } text || string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var chosenText = text.Trim();
            return drawn.Where(r => r.Name == chosenText);
        }

        internal override IQueryable<Initiative> Narrow(IQueryable<Initiative> initiatives, ScoreboardQuery query) =>
            get(query) is { } text && !string.IsNullOrWhiteSpace(text) ? narrow(initiatives, text.Trim()) : initiatives;

        private static InlineValidator<ScoreboardQuery> LengthRule(Expression<Func<ScoreboardQuery, string?>> chosen, int maxLength)
        {
            var rules = new InlineValidator<ScoreboardQuery>();
            rules.RuleFor(chosen).MostCharacters(maxLength);
            return rules;
        }
    }
}

/// <summary>
/// Where the scoreboard page shows a filter: its place among the selects (1 first), the resource key of its label, its
/// width in the page's grid at medium widths (twelfths), and whether it is left out when it has no choice to offer.
/// </summary>
public sealed record FilterPlace(int Position, string LabelKey, int Width = 2, bool HiddenWhenNone = false);

/// <summary>A choice of a filter's select: its value, as the address writes it, and its words.</summary>
public sealed record FilterOption(string Value, string Words);
