using System.Globalization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Tests.Initiatives;

/// <summary>
/// Validators are made once for the whole app (singletons), in whatever language the first request that needed them
/// had. Their messages are written when a draft is checked, in the language of the user who wrote it: a French user
/// read "Total budget cannot be negative." after an English one had started the app.
/// </summary>
public sealed class ValidatorLanguageTests : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }

    [Fact]
    public void A_validator_made_in_English_tells_a_French_user_in_French()
    {
        Use("en");
        var validator = new InitiativeDraftValidator(Texts.Strings);
        var draft = new InitiativeDraft
        {
            Title = " ",
            Status = InitiativeStatus.Ongoing,
            FundingLines = [new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = -5m }],
        };
        var english = validator.Validate(draft).Errors.Select(e => e.ErrorMessage).ToList();

        Use("fr");
        var french = validator.Validate(draft).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.Contains("Title is required.", english);
        Assert.Contains(Texts.Strings["Validation_Required", Texts.Strings["Initiative_Field_Title"]].Value, french);
        Assert.Contains(Texts.Strings["Validation_Negative", Texts.Strings["Common_TotalBudget"]].Value, french);
        Assert.Equal(english.Count, french.Count);
        Assert.Empty(french.Intersect(english));
    }

    private static void Use(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
}
