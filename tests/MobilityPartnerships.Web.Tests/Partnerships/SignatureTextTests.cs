using System.Globalization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Partnerships;

/// <summary>What the list and the partnership page say about a signature: a day or month, "Signed, day not known" where the sources give none, and "No signed text" for a kind that has none.</summary>
public sealed class SignatureTextTests : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public SignatureTextTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);

    [Fact]
    public void A_signature_reads_as_its_day_its_month_or_as_signed_on_a_day_not_known()
    {
        Assert.Equal("5 June 2008", Texts.Strings.Signature(PartnershipKind.MobilityPartnership, new DateOnly(2008, 6, 5), DatePrecision.Day));
        Assert.Equal("June 2008", Texts.Strings.Signature(PartnershipKind.MobilityPartnership, new DateOnly(2008, 6, 1), DatePrecision.Month));
        Assert.Equal("Signed, day not known", Texts.Strings.Signature(PartnershipKind.BilateralMigrationPartnership, null, DatePrecision.Unknown));
    }

    [Theory]
    [InlineData(PartnershipKind.MobilityPartnership, "Not signed")]
    [InlineData(PartnershipKind.BilateralMigrationPartnership, "Not signed")]
    [InlineData(PartnershipKind.ThematicProgrammePortfolio, "No signed text")]
    [InlineData(PartnershipKind.TeamEuropeInitiative, "No signed text")]
    [InlineData(PartnershipKind.ActionPlan, "No signed text")]
    [InlineData(PartnershipKind.RegionalProcess, "No signed text")]
    public void Without_a_signature_a_kind_that_has_a_signed_text_is_not_signed_and_the_others_have_none(PartnershipKind kind, string expected) =>
        Assert.Equal(expected, Texts.Strings.Signature(kind, null, DatePrecision.Day));
}
