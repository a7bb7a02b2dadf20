using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives;

/// <summary>
/// A write that posts a record on an initiative (a comment, a progress update, an indicator's value) in the acting
/// user's name. The initiative is read, not changed: untracked, so that the post is its own record and not a change of
/// the initiative's row.
/// </summary>
internal static class InitiativePost
{
    public static Write<Initiative> Of(
        string what,
        Operation operation,
        Guid initiativeId,
        Func<CancellationToken, Task<ValidationResult>> validate,
        RuleFields fields,
        Action<Change<Initiative>> post,
        Func<AppDbContext, CancellationToken, Task<Initiative?>>? load = null,
        bool appliesRefusedDraft = false) => new()
    {
        What = what,
        Access = (access, ct) => access.CheckInitiativeAsync(operation, initiativeId, ct),
        Validate = validate,
        AppliesRefusedDraft = appliesRefusedDraft,
        Load = load ?? ((db, ct) => db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct)),
        Apply = (change, _) =>
        {
            post(change);
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
        },
        Fields = fields,
    };
}
