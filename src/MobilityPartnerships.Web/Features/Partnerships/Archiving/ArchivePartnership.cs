using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Archiving;

/// <summary>Archives a partnership (it stays on record, left out of lists and totals) or restores it.</summary>
public sealed class ArchivePartnership(Writes writes)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, bool archive, CancellationToken cancellationToken) =>
        writes.RunAsync(
            PartnershipStep.Of(archive ? "archive partnership" : "restore partnership", partnershipId, version, validate: null, RuleFields.None,
                PartnershipStep.Doing(partnership =>
                {
                    if (archive)
                    {
                        partnership.Archive();
                    }
                    else
                    {
                        partnership.Restore();
                    }
                })),
            cancellationToken);
}
