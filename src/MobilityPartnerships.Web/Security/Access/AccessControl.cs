using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// Asks <see cref="AccessPolicy"/> whether the current user may do an operation, with the partnership, initiative
/// or meeting loaded from the database as its scope. Every handler asks before it reads or writes; pages ask the
/// same questions to hide what a user may not do. Each refusal is logged with user, operation and target.
/// A record the user may not read is <see cref="AccessDecision.Missing"/>, exactly as one that does not exist.
/// The user's role, organisation and partnerships are read from their account, once per request or UI event
/// (<see cref="AccessEvents"/>), so an administrator's change or a deactivation holds for the very next action,
/// whatever the session's cookie says.
/// </summary>
public sealed class AccessControl(
    ICurrentUser user,
    AccessEvents events,
    IDbContextFactory<AppDbContext> contexts,
    PresidencyCalendar presidency,
    IStringLocalizer<Strings> text,
    ILogger<AccessControl> logger)
{
    public async Task<Actor?> ActorAsync(CancellationToken cancellationToken = default)
    {
        var principal = await PrincipalAsync(cancellationToken);
        return await ActorOfAsync(principal);
    }

    /// <summary>An operation asked about nothing in particular.</summary>
    public async Task<AccessDecision> CheckAsync(Operation operation, CancellationToken cancellationToken = default)
    {
        var principal = await PrincipalAsync(cancellationToken);
        var allowed = Expected(operation, OperationTarget.Global) && await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, operation);
        return Decide(allowed, operation, "Global", "-", principal);
    }

    public async Task<AccessDecision> CheckPartnershipAsync(Operation operation, Guid partnershipId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await LoadPartnershipAsync(db, partnershipId, cancellationToken);
        if (scope is null)
        {
            return new AccessDecision.Missing();
        }

        var principal = await PrincipalAsync(cancellationToken);
        return await ReadsAsync(principal, scope)
            ? Decide(await AllowsAsync(principal, operation, scope), operation, "Partnership", partnershipId.ToString(), principal)
            : Hidden(operation, "Partnership", partnershipId.ToString(), principal);
    }

    /// <summary>Why the current user reads the partnership but may not change it; null when they may change it, or not read it.</summary>
    public async Task<ReadOnlyReason?> WhyReadOnlyAsync(Guid partnershipId, CancellationToken cancellationToken = default)
    {
        var principal = await PrincipalAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LoadPartnershipAsync(db, partnershipId, cancellationToken) is { } scope && await ActorOfAsync(principal) is { } actor
            ? AccessPolicy.WhyReadOnly(actor, scope)
            : null;
    }

    public async Task<AccessDecision> CheckInitiativeAsync(Operation operation, Guid initiativeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await LoadInitiativeAsync(db, initiativeId, cancellationToken);
        if (scope is null)
        {
            return new AccessDecision.Missing();
        }

        var principal = await PrincipalAsync(cancellationToken);
        return await ReadsAsync(principal, scope)
            ? Decide(await AllowsAsync(principal, operation, scope), operation, "Initiative", initiativeId.ToString(), principal)
            : Hidden(operation, "Initiative", initiativeId.ToString(), principal);
    }

    public async Task<AccessDecision> CheckMeetingAsync(Operation operation, Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await LoadMeetingAsync(db, meetingId, cancellationToken);
        if (scope is null)
        {
            return new AccessDecision.Missing();
        }

        var principal = await PrincipalAsync(cancellationToken);
        return await ReadsAsync(principal, scope)
            ? Decide(await AllowsAsync(principal, operation, scope), operation, "Meeting", meetingId.ToString(), principal)
            : Hidden(operation, "Meeting", meetingId.ToString(), principal);
    }

    /// <summary>An operation on an action point: its meeting's scope and the account that owns it.</summary>
    public async Task<AccessDecision> CheckActionPointAsync(Operation operation, Guid actionPointId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await LoadActionPointAsync(db, actionPointId, cancellationToken);
        if (scope is null)
        {
            return new AccessDecision.Missing();
        }

        var principal = await PrincipalAsync(cancellationToken);
        return await ReadsAsync(principal, scope.Meeting)
            ? Decide(await AllowsAsync(principal, operation, scope), operation, "ActionPoint", actionPointId.ToString(), principal)
            : Hidden(operation, "ActionPoint", actionPointId.ToString(), principal);
    }

    /// <summary>
    /// Of action points already read (each with its meeting's partnership, whether that meeting is a task force, and its
    /// owner account), those the current user may do the operation on: one question to the account, then the policy per
    /// point, in memory (for a page listing many).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> AllowedActionPointsAsync(Operation operation, IEnumerable<(Guid Id, Guid MeetingId, Guid PartnershipId, bool IsInternal, Guid? OwnerAccountId)> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var principal = await PrincipalAsync(cancellationToken);
        var partnerships = await AllPartnershipsAsync(events.Current, cancellationToken);
        var allowed = new HashSet<Guid>();
        foreach (var point in points)
        {
            if (partnerships.TryGetValue(point.PartnershipId, out var partnership)
                && await AllowsAsync(principal, operation, new ActionPointScope(new MeetingScope(partnership, point.MeetingId, point.IsInternal), point.Id, point.OwnerAccountId)))
            {
                allowed.Add(point.Id);
            }
        }

        return allowed;
    }

    /// <summary>
    /// Of these accounts, those that may do the operation on the meeting, each asked as if it were signed in (its role,
    /// organisation and partnerships as its active account says now, the Presidency of today): for giving a meeting's
    /// work to an account, only to one the rules let see it. One read of the accounts, then the policy per account.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> AccountsAllowedAsync(Operation operation, Guid meetingId, IEnumerable<Guid> accountIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var asked = accountIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (asked.Count == 0 || !Expected(operation, OperationTarget.Meeting) || await LoadMeetingAsync(db, meetingId, cancellationToken) is not { } meeting)
        {
            return new HashSet<Guid>();
        }

        var accounts = await db.Users.AsNoTracking()
            .Where(a => asked.Contains(a.Id) && a.IsActive)
            .Select(a => new
            {
                a.Id,
                a.DisplayName,
                a.Role,
                a.OrganisationId,
                Country = db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.CountryCode).FirstOrDefault(),
                Partnerships = db.PartnershipAssignments.Where(x => x.AccountId == a.Id).Select(x => x.PartnershipId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var holder = await presidency.HolderTodayAsync();
        var allowed = new HashSet<Guid>();
        foreach (var account in accounts)
        {
            var principal = AccountClaims.Principal(account.Id, account.DisplayName, account.Role, account.OrganisationId, account.Country, account.Partnerships, DateTimeOffset.MinValue);
            if (AccountClaims.ToActor(principal, holder) is { } actor && AccessPolicy.Allows(actor, operation, meeting))
            {
                allowed.Add(account.Id);
            }
        }

        return allowed;
    }

    /// <summary>Whether the current user may do the operation; for pages deciding what to show. Refusals are not logged.</summary>
    public async Task<bool> MayAsync(Operation operation, Guid? target = null, CancellationToken cancellationToken = default)
    {
        var principal = await PrincipalAsync(cancellationToken);
        var kind = OperationCatalogue.Of(operation).Target;
        if (kind == OperationTarget.Global)
        {
            return await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, operation);
        }

        if (target is null)
        {
            throw new ArgumentException($"{operation} is asked about a {kind}; name it.", nameof(target));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            OperationTarget.Partnership => await LoadPartnershipAsync(db, target.Value, cancellationToken) is { } partnership && await AllowsAsync(principal, operation, partnership),
            OperationTarget.Meeting => await LoadMeetingAsync(db, target.Value, cancellationToken) is { } meeting && await AllowsAsync(principal, operation, meeting),
            OperationTarget.ActionPoint => await LoadActionPointAsync(db, target.Value, cancellationToken) is { } point && await AllowsAsync(principal, operation, point),
            _ => await LoadInitiativeAsync(db, target.Value, cancellationToken) is { } initiative && await AllowsAsync(principal, operation, initiative),
        };
    }

    /// <summary>
    /// Of these partnerships, those the current user may do the operation on: one question to the account and one read
    /// of the partnerships' scopes (the event's, when one is under way), then the policy per partnership, in memory (for a
    /// page offering an action on each of many). Refusals are not logged, as with <see cref="MayAsync"/>.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> AllowedPartnershipsAsync(Operation operation, IEnumerable<Guid> partnershipIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partnershipIds);
        var asked = partnershipIds.ToHashSet();
        var principal = await PrincipalAsync(cancellationToken);
        var known = await AllPartnershipsAsync(events.Current, cancellationToken);
        var scopes = asked.Where(known.ContainsKey).Select(id => known[id]).ToList();

        // A partnership newer than the event's read of them all is read on its own, as LoadPartnershipAsync does: all such in one statement.
        if (asked.Where(id => !known.ContainsKey(id)).ToArray() is { Length: > 0 } newer)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            scopes.AddRange(await ScopesAsync(db.Partnerships.Where(p => newer.Contains(p.Id)), cancellationToken));
        }

        var allowed = new HashSet<Guid>();
        foreach (var scope in scopes)
        {
            if (await AllowsAsync(principal, operation, scope))
            {
                allowed.Add(scope.Id);
            }
        }

        return allowed;
    }

    /// <summary>
    /// Of a partnership's loaded initiatives, those the current user may do the operation on: one question to the
    /// account, then the policy per initiative, in memory (for work on many at once).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> AllowedInitiativesAsync(Operation operation, Partnership partnership, IEnumerable<Initiative> initiatives, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(initiatives);
        var principal = await PrincipalAsync(cancellationToken);
        var scope = PartnershipScope.Of(partnership);
        var allowed = new HashSet<Guid>();
        foreach (var initiative in initiatives)
        {
            if (await AllowsAsync(principal, operation, InitiativeScope.Of(scope, initiative)))
            {
                allowed.Add(initiative.Id);
            }
        }

        return allowed;
    }

    /// <summary>The partnerships the current user reads, and whether they see records not to be shared (once per request or UI event).</summary>
    public async Task<ReadScope> ReadScopeAsync(CancellationToken cancellationToken = default)
    {
        var signedIn = await user.PrincipalAsync(cancellationToken);
        var current = events.Current;
        if (current?.ReadScopeOf(signedIn) is { } known)
        {
            return known;
        }

        var principal = await PrincipalAsync(signedIn, current, cancellationToken);
        if (await ActorOfAsync(principal) is not { } actor)
        {
            return ReadScope.Nothing;
        }

        var visible = (await AllPartnershipsAsync(current, cancellationToken)).Values.Where(p => AccessPolicy.Reads(actor, p)).Select(p => p.Id).ToHashSet();
        var scope = new ReadScope(actor, visible, AccessPolicy.SeesUnshared(actor));
        current?.Remember(signedIn, principal, scope);
        return scope;
    }

    private async Task<bool> AllowsAsync(ClaimsPrincipal principal, Operation operation, PartnershipScope partnership) =>
        Expected(operation, OperationTarget.Partnership) && await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, operation, partnership);

    private async Task<bool> AllowsAsync(ClaimsPrincipal principal, Operation operation, InitiativeScope initiative) =>
        Expected(operation, OperationTarget.Initiative) && await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, operation, initiative);

    private async Task<bool> AllowsAsync(ClaimsPrincipal principal, Operation operation, MeetingScope meeting) =>
        Expected(operation, OperationTarget.Meeting) && await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, operation, meeting);

    private async Task<bool> AllowsAsync(ClaimsPrincipal principal, Operation operation, ActionPointScope actionPoint) =>
        Expected(operation, OperationTarget.ActionPoint) && await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, operation, actionPoint);

    private async Task<bool> ReadsAsync(ClaimsPrincipal principal, PartnershipScope partnership) =>
        await ActorOfAsync(principal) is { } actor && AccessPolicy.Reads(actor, partnership);

    private async Task<bool> ReadsAsync(ClaimsPrincipal principal, InitiativeScope initiative) =>
        await ActorOfAsync(principal) is { } actor && AccessPolicy.Reads(actor, initiative);

    private async Task<bool> ReadsAsync(ClaimsPrincipal principal, MeetingScope meeting) =>
        await ActorOfAsync(principal) is { } actor && AccessPolicy.Allows(actor, Operation.ReadMeeting, meeting);

    /// <summary>
    /// A record the user may not read is answered as one that does not exist, whatever was asked of it, so that no
    /// page, download or API answer tells a hidden partnership, initiative or meeting from a random id. The log keeps
    /// the refusal.
    /// </summary>
    private AccessDecision.Missing Hidden(Operation operation, string targetType, string targetId, ClaimsPrincipal principal)
    {
        logger.Refused(operation.ToString(), targetType, targetId, AccountClaims.UserIdOf(principal)?.ToString() ?? "anonymous");
        return new AccessDecision.Missing();
    }

    /// <summary>An operation asked about something other than what it concerns is refused, not an error (as the handlers did).</summary>
    private static bool Expected(Operation operation, OperationTarget target) => OperationCatalogue.Of(operation).Target == target;

    private async Task<Actor?> ActorOfAsync(ClaimsPrincipal principal) => AccountClaims.ToActor(principal, await presidency.HolderTodayAsync());

    /// <summary>The signed-in user as their account says now (read once per request or UI event); nobody when the account is gone or deactivated.</summary>
    private async Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken) =>
        await PrincipalAsync(await user.PrincipalAsync(cancellationToken), events.Current, cancellationToken);

    private async Task<ClaimsPrincipal> PrincipalAsync(ClaimsPrincipal signedIn, AccessEvent? current, CancellationToken cancellationToken)
    {
        if (AccountClaims.UserIdOf(signedIn) is not { } userId || signedIn.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        if (current?.AccountOf(signedIn) is { } known)
        {
            return known;
        }

        // One statement: the account, and every partnership's scope with whether the account is assigned to it (the
        // assignments are the account's partnerships), which the event's access questions and read scope all need.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(a => a.Id == userId && a.IsActive)
            .Select(a => new
            {
                a.DisplayName,
                a.Role,
                a.OrganisationId,
                Country = db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.CountryCode).FirstOrDefault(),
                Partnerships = db.Partnerships
                    .Select(p => new
                    {
                        p.Id,
                        p.PartnerCountryId,
                        Assigned = db.PartnershipAssignments.Any(x => x.AccountId == a.Id && x.PartnershipId == p.Id),
                        Participants = p.Participants.Where(x => x.LeftOn == null).Select(x => x.OrganisationId).ToList(),
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var principal = account is null
            ? Anonymous
            : AccountClaims.Principal(userId, account.DisplayName, account.Role, account.OrganisationId, account.Country, [.. account.Partnerships.Where(p => p.Assigned).Select(p => p.Id)], AccountClaims.SignedInAtOf(signedIn) ?? DateTimeOffset.MinValue);
        current?.Remember(signedIn, principal);
        if (account is not null && current is not null && current.Partnerships is null)
        {
            current.Partnerships = account.Partnerships.ToDictionary(p => p.Id, p => new PartnershipScope(p.Id, p.PartnerCountryId, p.Participants.ToHashSet()));
        }

        return principal;
    }

    private static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    private AccessDecision Decide(bool allowed, Operation operation, string targetType, string targetId, ClaimsPrincipal principal)
    {
        if (allowed)
        {
            return new AccessDecision.Allowed();
        }

        logger.Refused(operation.ToString(), targetType, targetId, AccountClaims.UserIdOf(principal)?.ToString() ?? "anonymous");
        return new AccessDecision.Refused(text["Access_Refused", text[$"Operation_{operation}"]]);
    }

    /// <summary>
    /// A partnership's scope: from those the event has read (every check and the read scope of one event share one
    /// statement), or on its own where no event is under way or the partnership is newer than the event's read.
    /// </summary>
    private async Task<PartnershipScope?> LoadPartnershipAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        if (events.Current is { } current && (await AllPartnershipsAsync(current, cancellationToken)).TryGetValue(partnershipId, out var known))
        {
            return known;
        }

        return (await ScopesAsync(db.Partnerships.Where(p => p.Id == partnershipId), cancellationToken)).SingleOrDefault();
    }

    /// <summary>Every partnership's scope, read once per event (a few hundred rows at most: partnerships, not initiatives).</summary>
    private async Task<IReadOnlyDictionary<Guid, PartnershipScope>> AllPartnershipsAsync(AccessEvent? current, CancellationToken cancellationToken)
    {
        if (current?.Partnerships is { } known)
        {
            return known;
        }

        // A signed-in user's account is read with every partnership's scope: read it, if this event has not yet.
        if (current is not null)
        {
            await PrincipalAsync(await user.PrincipalAsync(cancellationToken), current, cancellationToken);
            if (current.Partnerships is { } withAccount)
            {
                return withAccount;
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = (await ScopesAsync(db.Partnerships, cancellationToken)).ToDictionary(p => p.Id);
        if (current is not null)
        {
            current.Partnerships = all;
        }

        return all;
    }

    /// <summary>What the rules need of each partnership: its partner country and who takes part today.</summary>
    private static async Task<List<PartnershipScope>> ScopesAsync(IQueryable<Domain.Partnerships.Partnership> partnerships, CancellationToken cancellationToken)
    {
        var rows = await partnerships.AsNoTracking()
            .Select(p => new { p.Id, p.PartnerCountryId, Participants = p.Participants.Where(x => x.LeftOn == null).Select(x => x.OrganisationId).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PartnershipScope(r.Id, r.PartnerCountryId, r.Participants.ToHashSet()))];
    }

    /// <summary>Something was stored in the current request or UI event: its later questions read partnerships and initiatives afresh.</summary>
    public void Stored() => events.Current?.Stored();

    /// <summary>An initiative's scope, read once per event (a page asks several questions of the same initiative).</summary>
    private async Task<InitiativeScope?> LoadInitiativeAsync(AppDbContext db, Guid initiativeId, CancellationToken cancellationToken)
    {
        var current = events.Current;
        if (current is not null && current.Initiatives.TryGetValue(initiativeId, out var known))
        {
            return known;
        }

        var scope = await ReadInitiativeAsync(db, initiativeId, cancellationToken);
        current?.Initiatives.TryAdd(initiativeId, scope);
        return scope;
    }

    private async Task<InitiativeScope?> ReadInitiativeAsync(AppDbContext db, Guid initiativeId, CancellationToken cancellationToken)
    {
        var row = await db.Initiatives.AsNoTracking()
            .Where(i => i.Id == initiativeId)
            .Select(i => new { i.PartnershipId, i.LeadOrganisationId, Partners = i.Partners.Select(p => p.OrganisationId).ToList(), i.IsShareable })
            .SingleOrDefaultAsync(cancellationToken);
        var partnership = row is null ? null : await LoadPartnershipAsync(db, row.PartnershipId, cancellationToken);
        if (row is null || partnership is null)
        {
            return null;
        }

        var involved = row.Partners.ToHashSet();
        if (row.LeadOrganisationId is { } lead)
        {
            involved.Add(lead);
        }

        return new InitiativeScope(partnership, initiativeId, involved, row.IsShareable);
    }

    private async Task<MeetingScope?> LoadMeetingAsync(AppDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var row = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId)
            .Select(m => new { m.PartnershipId, m.Kind })
            .SingleOrDefaultAsync(cancellationToken);
        var partnership = row is null ? null : await LoadPartnershipAsync(db, row.PartnershipId, cancellationToken);
        return row is null || partnership is null ? null : new MeetingScope(partnership, meetingId, row.Kind == MeetingKind.TaskForce);
    }

    private async Task<ActionPointScope?> LoadActionPointAsync(AppDbContext db, Guid actionPointId, CancellationToken cancellationToken)
    {
        var row = await db.ActionPoints.AsNoTracking()
            .Where(a => a.Id == actionPointId)
            .Select(a => new { a.MeetingId, a.OwnerAccountId })
            .SingleOrDefaultAsync(cancellationToken);
        var meeting = row is null ? null : await LoadMeetingAsync(db, row.MeetingId, cancellationToken);
        return row is null || meeting is null ? null : new ActionPointScope(meeting, actionPointId, row.OwnerAccountId);
    }
}
