using System.Globalization;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>FluentValidation's own messages (a rule without a message of ours) follow the user's language, as its LanguageManager reads the UI culture.</summary>
public sealed class ValidatorLanguageTests
{
    [Theory]
    [InlineData("en", "must be greater than or equal to")]
    [InlineData("fr", "doit être")]
    public void A_rule_without_a_message_of_ours_speaks_the_users_language(string language, string words)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var result = new ScoreboardQueryValidator().Validate(new ScoreboardQuery { PartnershipId = Guid.NewGuid(), Page = -1 });

            Assert.Contains(words, Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
