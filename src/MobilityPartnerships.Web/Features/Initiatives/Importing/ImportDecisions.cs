using System.Collections.Immutable;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// What the user decided where the sheet is not clear: which organisation a name stands for, and how an
/// ambiguous number reads. Nothing unclear is imported until it is decided.
/// </summary>
public sealed record ImportDecisions
{
    public static ImportDecisions None { get; } = new();

    /// <summary>By the name as normalised by <see cref="InitiativeColumns.Normalise"/>.</summary>
    public ImmutableDictionary<string, OrganisationChoice> Organisations { get; init; } = ImmutableDictionary<string, OrganisationChoice>.Empty;

    /// <summary>By the cell (row number and zero-based column) holding the ambiguous number.</summary>
    public ImmutableDictionary<CellPosition, decimal> Numbers { get; init; } = ImmutableDictionary<CellPosition, decimal>.Empty;

    /// <summary>
    /// Which sheet holds a part of a funding line that the row and the "Funding lines" sheet both changed, differently;
    /// by the row's cell.
    /// </summary>
    public ImmutableDictionary<CellPosition, HoldingSheet> Holding { get; init; } = ImmutableDictionary<CellPosition, HoldingSheet>.Empty;

    /// <summary>The names (normalised) whose answer was recalled from an earlier import and not changed since.</summary>
    public ImmutableHashSet<string> Remembered { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>The names as the sheet writes them, by normalised name: a new organisation is recorded under it.</summary>
    public ImmutableDictionary<string, string> NewNames { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImportDecisions Choose(string name, OrganisationChoice choice)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = InitiativeColumns.Normalise(name);
        return this with { Organisations = Organisations.SetItem(key, choice), NewNames = NewNames.SetItem(key, name.Trim()), Remembered = Remembered.Remove(key) };
    }

    /// <summary>An answer given in an earlier import, by the name's normalised key.</summary>
    public ImportDecisions Recall(string key, OrganisationChoice.Existing choice) =>
        this with { Organisations = Organisations.SetItem(key, choice), Remembered = Remembered.Add(key) };

    public ImportDecisions Choose(CellPosition cell, decimal value) => this with { Numbers = Numbers.SetItem(cell, value) };

    public ImportDecisions Choose(CellPosition cell, HoldingSheet holding) => this with { Holding = Holding.SetItem(cell, holding) };

    public OrganisationChoice? ChoiceFor(string name) => Organisations.GetValueOrDefault(InitiativeColumns.Normalise(name));
}

/// <summary>
/// A number in the sheet: the row as the spreadsheet shows it, the zero-based column, and which of the cell's
/// numbers (a budget cell may hold the total and the EU contribution).
/// </summary>
public readonly record struct CellPosition(int Row, int Column, int Part = 0);
