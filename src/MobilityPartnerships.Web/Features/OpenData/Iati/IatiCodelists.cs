namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>The IATI ActivityStatus codes the export uses.</summary>
public enum IatiActivityStatus
{
    /// <summary>Pipeline/identification: being scoped or planned.</summary>
    Pipeline = 1,

    /// <summary>Implementation: under way.</summary>
    Implementation = 2,

    /// <summary>Closed: physical activity complete or the final disbursement made.</summary>
    Closed = 4,

    /// <summary>Cancelled: stopped before completion.</summary>
    Cancelled = 5,
}

/// <summary>The IATI OrganisationRole codes: what an organisation does in an activity.</summary>
public enum IatiOrganisationRole
{
    /// <summary>Provides the money.</summary>
    Funding = 1,

    /// <summary>Answers for the activity and its outcomes.</summary>
    Accountable = 2,

    /// <summary>Manages the activity's budget and direction on behalf of the funder.</summary>
    Extending = 3,

    /// <summary>Carries the activity out.</summary>
    Implementing = 4,
}

/// <summary>The IATI OrganisationType codes the export gives the organisations it names.</summary>
public enum IatiOrganisationType
{
    Government = 10,
    OtherPublicSector = 15,
    InternationalNgo = 21,
    NationalNgo = 22,
    PartnerCountryNgo = 24,
    Multilateral = 40,
}

/// <summary>The IATI BudgetStatus codes: whether a budget is an estimate or bound by agreement.</summary>
public enum IatiBudgetStatus
{
    Indicative = 1,
    Committed = 2,
}
