using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// The labels the initiative form shows at its fields, for the summary of fields at fault: "Title", "Funding line 2:
/// Total budget". Each is the text key its editor gives the input.
/// </summary>
internal sealed class InitiativeFormLabels(IStringLocalizer<Strings> text, InitiativeDraft draft)
{
    private static readonly Dictionary<(Type Part, string Property), string> Keys = new()
    {
        [(typeof(FundingLineDraft), nameof(FundingLineDraft.SourceKind))] = "Initiative_Field_FundingSource",
        [(typeof(FundingLineDraft), nameof(FundingLineDraft.Programme))] = "Initiative_Field_Programme",
        [(typeof(FundingLineDraft), nameof(FundingLineDraft.ContributorId))] = "Initiative_Field_Contributor",
        [(typeof(FundingLineDraft), nameof(FundingLineDraft.TotalBudget))] = "Common_TotalBudget",
        [(typeof(FundingLineDraft), nameof(FundingLineDraft.EuContribution))] = "Common_EuContribution",
        [(typeof(PartnerDraft), nameof(PartnerDraft.OrganisationId))] = "Initiative_Field_Partner",
        [(typeof(PartnerDraft), nameof(PartnerDraft.Role))] = "Initiative_Field_PartnerRole",
        [(typeof(ContactPointDraft), nameof(ContactPointDraft.Name))] = "Initiative_Field_ContactName",
        [(typeof(ContactPointDraft), nameof(ContactPointDraft.OrganisationId))] = "Initiative_Field_ContactOrganisation",
        [(typeof(ContactPointDraft), nameof(ContactPointDraft.Function))] = "Initiative_Field_ContactFunction",
        [(typeof(ContactPointDraft), nameof(ContactPointDraft.Email))] = "Initiative_Field_ContactEmail",
        [(typeof(ContactPointDraft), nameof(ContactPointDraft.Phone))] = "Initiative_Field_ContactPhone",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.Name))] = "Initiative_Field_IndicatorName",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.Unit))] = "Indicator_Field_Unit",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.Description))] = "Initiative_Field_IndicatorDescription",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.BaselineValue))] = "Indicator_Field_BaselineValue",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.BaselineDate))] = "Indicator_Field_BaselineDate",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.TargetValue))] = "Indicator_Field_TargetValue",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.TargetDate))] = "Indicator_Field_TargetDate",
        [(typeof(IndicatorDraft), nameof(IndicatorDraft.MeansOfVerification))] = "Indicator_Field_MeansOfVerification",
    };

    public string? Of(FieldIdentifier field)
    {
        if (ReferenceEquals(field.Model, draft))
        {
            var own = text[$"Initiative_Field_{field.FieldName}"];
            return own.ResourceNotFound ? null : own.Value;
        }

        if (!Keys.TryGetValue((field.Model.GetType(), field.FieldName), out var key))
        {
            return null;
        }

        var (part, position) = field.Model switch
        {
            FundingLineDraft line => ("Initiative_Field_FundingLines", draft.FundingLines.IndexOf(line)),
            PartnerDraft partner => ("Initiative_Field_Partners", draft.Partners.IndexOf(partner)),
            ContactPointDraft contact => ("Initiative_Field_ContactPoints", draft.ContactPoints.IndexOf(contact)),
            IndicatorDraft indicator => ("Initiative_Field_Indicators", draft.Indicators.IndexOf(indicator)),
            _ => (string.Empty, -1),
        };
        return position < 0 ? text[key] : text["ErrorSummary_Item", text[part], position + 1, text[key]];
    }
}
