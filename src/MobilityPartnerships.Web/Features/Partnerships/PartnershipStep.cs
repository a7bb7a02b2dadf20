using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships;

/// <summary>
/// A step in a stored partnership's life, as the write path runs it: the user must be allowed to edit the
/// partnership, which is loaded with its participants at the version the user saw.
/// </summary>
internal static class PartnershipStep
{
    public static Write<Partnership> Of(
        string what,
        Guid partnershipId,
        uint version,
        Func<CancellationToken, Task<FluentValidation.Results.ValidationResult>>? validate,
        RuleFields fields,
        Func<Change<Partnership>, CancellationToken, Task<WriteOutcome>> apply,
        IReadOnlyList<ConstraintRefusal>? constraints = null) => new()
    {
        What = what,
        Access = (access, ct) => access.CheckPartnershipAsync(Operation.EditPartnership, partnershipId, ct),
        Validate = validate,
        Load = (db, ct) => db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, ct),
        Seen = version,
        Apply = apply,
        Fields = fields,
        Constraints = constraints ?? [],
    };

    /// <summary>For a step that is the domain's method alone.</summary>
    public static Func<Change<Partnership>, CancellationToken, Task<WriteOutcome>> Doing(Action<Partnership> step) => (change, _) =>
    {
        step(change.Target);
        return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
    };
}
