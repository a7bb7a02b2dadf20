using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Revising;

/// <summary>The partnership's name, the deadline of its exploratory talks and the partner's priorities; a name another partnership has is refused.</summary>
public sealed class RevisePartnership(Writes writes, IValidator<PartnershipDetailsDraft> rules, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, PartnershipDetailsDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            PartnershipStep.Of("revise partnership", partnershipId, version, DraftValidation.Of(rules, draft), PartnershipDetailsDraft.Refusals, (change, ct) => ReviseAsync(change, draft, ct), [PartnershipNames.Taken(text, draft.Name)]),
            cancellationToken);
    }

    private async Task<WriteOutcome> ReviseAsync(Change<Partnership> change, PartnershipDetailsDraft draft, CancellationToken cancellationToken)
    {
        var partnership = change.Target;
        partnership.Rename(draft.Name);
        partnership.SetExploratoryTalksDeadline(draft.ExploratoryTalksDeadline);
        if (!partnership.Priorities.SequenceEqual(draft.PriorityLines))
        {
            partnership.ReplacePriorities(draft.PriorityLines);
        }

        var name = draft.Name.Trim();
        return await change.Db.Partnerships.AnyAsync(p => p.Name == name && p.Id != partnership.Id, cancellationToken)
            ? new WriteOutcome.Invalid([PartnershipNames.Used(text, name)])
            : new WriteOutcome.Done();
    }
}
