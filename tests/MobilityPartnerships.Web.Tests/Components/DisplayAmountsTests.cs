using System.Globalization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>How pages, packs and files write an amount and a period: never an unknown as € 0.00, never "To be determined" twice.</summary>
public sealed class DisplayAmountsTests : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public DisplayAmountsTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);

    [Fact]
    public void An_initiative_amount_reads_exact_at_least_or_to_be_determined()
    {
        Assert.Equal("€\u00a01,250.50", Texts.Strings.Amount(Amount.OfLines([1_000m, 250.50m])));
        Assert.Equal("€\u00a00.00", Texts.Strings.Amount(Amount.OfLines([0m])));
        Assert.Equal("at least €\u00a01,000.00", Texts.Strings.Amount(Amount.OfLines([1_000m, null])));
        Assert.Equal("To be determined", Texts.Strings.Amount(Amount.OfLines([])));
        Assert.Equal("To be determined", Texts.Strings.Amount(Amount.OfLines([null])));
    }

    [Fact]
    public void In_French_the_euro_follows_the_amount_and_days_and_months_read_the_French_way()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        var groups = CultureInfo.CurrentCulture.NumberFormat.NumberGroupSeparator;

        Assert.Equal($"971{groups}747,00\u00a0€", Display.Euro(971_747m));
        Assert.Equal("30 novembre 2009", Texts.Strings.Day(new DateOnly(2009, 11, 30)));
        Assert.Equal("juin 2026", Texts.Strings.Month(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_total_says_how_many_initiatives_it_does_not_fully_know()
    {
        Assert.Equal("€\u00a01,234.00", Texts.Strings.Total(Amount.Total([Amount.Exact(1_234m)])));
        Assert.Equal("€\u00a01,234.00 + 3 not known", Texts.Strings.Total(Amount.Total([Amount.Exact(1_234m), Amount.NotKnown, Amount.NotKnown, new Amount(0m, 1)])));
        Assert.Equal("not known (2)", Texts.Strings.Total(Amount.Total([Amount.NotKnown, Amount.NotKnown])));
        Assert.Equal("€\u00a00.00", Texts.Strings.Total(Amount.Total([])));
    }

    [Fact]
    public void In_French_one_amount_not_known_reads_in_the_singular()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");

        Assert.EndsWith("€ + 1 montant inconnu", Texts.Strings.Total(Amount.Total([Amount.Exact(1_234m), Amount.NotKnown])), StringComparison.Ordinal);
        Assert.EndsWith("€ + 2 montants inconnus", Texts.Strings.Total(Amount.Total([Amount.Exact(1_234m), Amount.NotKnown, Amount.NotKnown])), StringComparison.Ordinal);
    }

    [Fact]
    public void In_French_an_EU_contribution_not_known_agrees_with_contribution_a_feminine_noun()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        var nothingKnown = Amount.Total([Amount.NotKnown, Amount.NotKnown]);

        Assert.Equal("inconnu (2)", Texts.Strings.Total(nothingKnown, TotalOf.Budget));
        Assert.Equal("inconnue (2)", Texts.Strings.Total(nothingKnown, TotalOf.EuContribution));
        Assert.Equal("Budget total inconnu (2), contribution de l'UE inconnue (2), pour", Texts.Strings["Dashboard_Totals", Texts.Strings.Total(nothingKnown, TotalOf.Budget), Texts.Strings.Total(nothingKnown, TotalOf.EuContribution)]);
        Assert.EndsWith("€ + 1 montant inconnu", Texts.Strings.Total(Amount.Total([Amount.Exact(1_234m), Amount.NotKnown]), TotalOf.EuContribution), StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_both_totals_read_not_known()
    {
        var nothingKnown = Amount.Total([Amount.NotKnown]);

        Assert.Equal("not known (1)", Texts.Strings.Total(nothingKnown, TotalOf.Budget));
        Assert.Equal("not known (1)", Texts.Strings.Total(nothingKnown, TotalOf.EuContribution));
    }

    [Fact]
    public void A_period_with_neither_end_known_is_to_be_determined_once()
    {
        Assert.Equal("To be determined", Texts.Strings.Months(null, null));
        Assert.Equal("To be determined – June 2026", Texts.Strings.Months(null, new DateOnly(2026, 6, 1)));
        Assert.Equal("March 2024 – June 2026", Texts.Strings.Months(new DateOnly(2024, 3, 1), new DateOnly(2026, 6, 1)));
    }
}
