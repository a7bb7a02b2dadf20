using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>What every row of one import is read with: the mapping, the user's settings and decisions, and the stored data.</summary>
internal sealed class ImportContext(
    ImportWorld world,
    string sheetName,
    ColumnMapping mapping,
    ImportSettings settings,
    ImportDecisions decisions,
    NameReader names,
    OrganisationResolver organisations,
    FundingLinesSheet? fundingLines,
    IStringLocalizer<Strings> text,
    IReadOnlyDictionary<string, KnownOrganisation> newOrganisations)
{
    /// <summary>Every organisation a row may name, by id: those stored and those the user chose to record as new.</summary>
    private readonly Dictionary<Guid, KnownOrganisation> organisationsById =
        world.Organisations.Concat(newOrganisations.Values).ToDictionary(o => o.Id);

    private readonly Dictionary<CellPosition, NumberQuestion> numberQuestions = [];
    private readonly Dictionary<CellPosition, FundingQuestion> fundingQuestions = [];

    public ImportWorld World => world;

    /// <summary>The name of the sheet whose rows are imported.</summary>
    public string SheetName => sheetName;

    public ColumnMapping Mapping => mapping;

    public ImportSettings Settings => settings;

    public ImportDecisions Decisions => decisions;

    public NameReader Names => names;

    public OrganisationResolver Organisations => organisations;

    public FundingLinesSheet? FundingLines => fundingLines;

    public IStringLocalizer<Strings> Text => text;

    /// <summary>The organisation with this id, stored or to be recorded by this import; none for none or an unknown id.</summary>
    public KnownOrganisation? Organisation(Guid? id) => id is { } known ? organisationsById.GetValueOrDefault(known) : null;

    public IReadOnlyList<NumberQuestion> NumberQuestions =>
        [.. numberQuestions.Values.OrderBy(q => q.Cell.Row).ThenBy(q => q.Cell.Column).ThenBy(q => q.Cell.Part)];

    public IReadOnlyList<FundingQuestion> FundingQuestions =>
        [.. fundingQuestions.Values.OrderBy(q => q.Cell.Row).ThenBy(q => q.Cell.Column).ThenBy(q => q.Cell.Part)];

    public void Ask(NumberQuestion question) => numberQuestions.TryAdd(question.Cell, question);

    public void Ask(FundingQuestion question) => fundingQuestions.TryAdd(question.Cell, question);

    /// <summary>The header the user's sheet gives the column, or the product's own.</summary>
    public string HeaderOf(InitiativeColumn column) =>
        mapping.IndexOf(column) is { } index ? mapping.HeaderOf(index) : InitiativeColumns.HeaderOf(column);

    /// <summary>
    /// The row's title and reference code: the code from its own column, else from the end of the title
    /// ("… (2006/120-093)"), which then leaves the title.
    /// </summary>
    public (string? Title, string? Code) Key(SheetRow row)
    {
        var title = mapping.IndexOf(InitiativeColumn.Title) is { } t ? Clean(row[t].Text) : null;
        var code = mapping.IndexOf(InitiativeColumn.ReferenceCode) is { } c ? Clean(row[c].Text) : null;
        if (code is null && title is not null)
        {
            (title, code) = ImportCellValues.SplitTitle(title!);
        }

        return (title, code);
    }

    private static string? Clean(string text) => TextCharacters.NormalisedOrNone(text);
}
