using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A yes or no kept on the initiative's row, or not stated: null is never taken for "no". A sheet's blank cell clears it,
/// the edit form offers yes, no, or nothing.
/// </summary>
public sealed record StoredYesNo : StoredValue<bool?>
{
    private const string YesFact = "yes";
    private const string NoFact = "no";

    public override JsonSchemaType ApiType => JsonSchemaType.Boolean | JsonSchemaType.Null;

    public override FormInput Input => new YesNoChoice(Name, Get, Set, Form);

    internal override CellReading Reading => CellReading.YesNoOrNotStated(Name, Set);

    public override SheetValue Cell(object? value) => value is bool stated ? SheetValue.OfText(SheetLabels.Of(stated)) : SheetValue.Empty;

    /// <summary>Any of yes, no or none is a value; the select offers nothing else.</summary>
    public override IValidator<InitiativeDraft>? Rules(IStringLocalizer<Strings> text) => null;

    public override string Words(IStringLocalizer<Strings> text, object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value switch
        {
            true => text["Common_Yes"],
            false => text["Common_No"],
            _ => text["Common_NotStated"],
        };
    }

    public override string Fact(object? value) => value switch
    {
        true => YesFact,
        false => NoFact,
        _ => string.Empty,
    };

    public override object? FromFact(string fact) => fact switch
    {
        YesFact => true,
        NoFact => false,
        _ => null,
    };
}
