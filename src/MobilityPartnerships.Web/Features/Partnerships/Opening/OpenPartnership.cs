using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Opening;

/// <summary>Opens a partnership with its name, kind, partner country and first status; a name already used is refused at the name.</summary>
public sealed class OpenPartnership(Writes writes, IValidator<NewPartnershipDraft> rules, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(NewPartnershipDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<OpeningWith>
            {
                What = "open partnership",
                Access = (access, ct) => access.CheckAsync(Operation.CreatePartnership, ct),
                Validate = DraftValidation.Of(rules, draft),
                Load = async (db, ct) => new OpeningWith(draft.PartnerCountryId is { } countryId ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == countryId, ct) : null),
                Apply = (change, _) =>
                {
                    var partnership = Partnership.Open(draft.Name, draft.Kind, change.Target.PartnerCountry, draft.Status, draft.Since, draft.Source);
                    change.Db.Partnerships.Add(partnership);

                    // The focal point who opens a partnership keeps it: assigned to it, as an administrator would assign them.
                    if (change.Actor.Role == Role.FocalPoint)
                    {
                        change.Db.PartnershipAssignments.Add(new PartnershipAssignment { AccountId = change.Actor.UserId, PartnershipId = partnership.Id });
                    }

                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(partnership.Id));
                },
                Fields = NewPartnershipDraft.Refusals,
                Constraints = [PartnershipNames.Taken(text, draft.Name)],
            },
            cancellationToken);
    }

    /// <summary>What a new partnership is opened with: its partner country as stored, if one was chosen and exists.</summary>
    private sealed record OpeningWith(Organisation? PartnerCountry);
}
