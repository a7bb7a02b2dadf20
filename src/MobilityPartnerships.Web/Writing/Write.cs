using System.Data;
using FluentValidation.Results;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// One change as the write path runs it: who may (<see cref="Access"/>), the form's rules (<see cref="Validate"/>),
/// what to load (<see cref="Load"/>) at which version (<see cref="Seen"/>), the domain's method (<see cref="Apply"/>),
/// and where refusals show (<see cref="Fields"/>, <see cref="Constraints"/>). The target may be one aggregate or a
/// batch of them: whatever <see cref="Apply"/> changes is saved in one transaction.
/// </summary>
public sealed class Write<TTarget>
    where TTarget : class
{
    /// <summary>What the write does, in the log's words ("save initiative").</summary>
    public required string What { get; init; }

    /// <summary>The access rules' answer for the current user; asked first, before anything else is read.</summary>
    public required Func<AccessControl, CancellationToken, Task<AccessDecision>> Access { get; init; }

    /// <summary>The form's rules, run again on the server; none when the write takes no draft.</summary>
    public Func<CancellationToken, Task<ValidationResult>>? Validate { get; init; }

    /// <summary>Rules about the acting user and the draft together (e.g. a Member State keeps its own state in); before loading.</summary>
    public Func<Actor, IReadOnlyList<FieldError>>? CheckActor { get; init; }

    /// <summary>
    /// Whether <see cref="Apply"/> also runs when the form's rules or <see cref="CheckActor"/> refused the draft, to find
    /// the problems only the database and the domain can tell, so that the refusal lists every problem at once; nothing is
    /// saved. Only for an Apply that takes nothing the form's rules check for granted and runs each of the domain's methods
    /// through <see cref="Change{TTarget}.Refusals"/>.
    /// </summary>
    public bool AppliesRefusedDraft { get; init; }

    /// <summary>The target, tracked; null when it does not exist.</summary>
    public required Func<AppDbContext, CancellationToken, Task<TTarget?>> Load { get; init; }

    /// <summary>The row version the user read; the save is refused as stale when the stored one differs. Null: no version is checked.</summary>
    public uint? Seen { get; init; }

    /// <summary>The domain's methods, applied to the loaded target. A <c>DomainRuleException</c> becomes a message at its field.</summary>
    public required Func<Change<TTarget>, CancellationToken, Task<WriteOutcome>> Apply { get; init; }

    /// <summary>
    /// Load, apply and save in one transaction at this isolation level (e.g. <see cref="IsolationLevel.RepeatableRead"/>
    /// for a write that copies many rows and must read them as of one moment). Null: read committed.
    /// </summary>
    public IsolationLevel? Isolation { get; init; }

    public RuleFields Fields { get; init; } = RuleFields.None;

    /// <summary>
    /// The field of a refusal about one entry of the draft's lists, which its rule code alone cannot name (the unit of the
    /// indicator whose id the refusal carries: "Indicators[2].Unit"); null, or no answer, leaves it to <see cref="Fields"/>.
    /// </summary>
    public Func<DomainRuleException, string?>? EntryField { get; init; }

    /// <summary>Work that grows with the data (a batch): its commands run under the long-work budget.</summary>
    public bool LongWork { get; init; }

    public IReadOnlyList<ConstraintRefusal> Constraints { get; init; } = [];
}
