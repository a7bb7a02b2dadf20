namespace MobilityPartnerships.Domain.Signatories;

/// <summary>How an organisation came to take part in a partnership.</summary>
public enum ParticipationBasis
{
    /// <summary>Signed the joint declaration on the day it was signed.</summary>
    OriginalSignatory,

    /// <summary>Signed up after the joint declaration, like the Netherlands in Cape Verde.</summary>
    Accession,

    /// <summary>Takes part without signing, as EU agencies do.</summary>
    NonSignatory,
}
