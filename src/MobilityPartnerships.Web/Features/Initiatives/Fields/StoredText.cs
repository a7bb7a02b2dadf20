using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>A free text kept on the initiative's row, as long as the domain keeps it; null when not stated.</summary>
public sealed record StoredText : StoredValue<string?>
{
    /// <summary>The most characters the domain keeps of it (the <c>…MaxLength</c> of the aggregate).</summary>
    public required int Length { get; init; }

    public override JsonSchemaType ApiType => JsonSchemaType.String | JsonSchemaType.Null;

    public override int? MaxLength => Length;

    /// <summary>Its text box on the edit form, labelled "Initiative_Field_" and its name.</summary>
    public override FormInput Input => new TextBox(Name, Get, Set, Form);

    internal override CellReading Reading => CellReading.Text(Name, Set);

    public override SheetValue Cell(object? value) => SheetValue.OfText(value as string);

    public override IValidator<InitiativeDraft> Rules(IStringLocalizer<Strings> text)
    {
        var rules = new InlineValidator<InitiativeDraft>();
        rules.RuleFor(d => Get(d)).Text(text, LabelKey, Length).OverridePropertyName(Name);
        return rules;
    }

    public override string Words(IStringLocalizer<Strings> text, object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value is string { Length: > 0 } stated ? stated : text["Common_NoneRecorded"];
    }

    public override string Fact(object? value) => value as string ?? string.Empty;

    public override object? FromFact(string fact) => string.IsNullOrEmpty(fact) ? null : fact;
}
