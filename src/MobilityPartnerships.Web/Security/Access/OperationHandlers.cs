using Microsoft.AspNetCore.Authorization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>Operations asked about nothing in particular (the resource is null).</summary>
internal sealed class GlobalOperationHandler(PresidencyCalendar presidency) : AuthorizationHandler<OperationRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement)
    {
        if (context.Resource is null
            && OperationCatalogue.Of(requirement.Operation).Target == OperationTarget.Global
            && AccountClaims.ToActor(context.User, await presidency.HolderTodayAsync()) is { } actor
            && AccessPolicy.Allows(actor, requirement.Operation))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Operations on a partnership.</summary>
internal sealed class PartnershipOperationHandler(PresidencyCalendar presidency) : AuthorizationHandler<OperationRequirement, PartnershipScope>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement, PartnershipScope resource)
    {
        if (OperationCatalogue.Of(requirement.Operation).Target == OperationTarget.Partnership
            && AccountClaims.ToActor(context.User, await presidency.HolderTodayAsync()) is { } actor
            && AccessPolicy.Allows(actor, requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Operations on an initiative.</summary>
internal sealed class InitiativeOperationHandler(PresidencyCalendar presidency) : AuthorizationHandler<OperationRequirement, InitiativeScope>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement, InitiativeScope resource)
    {
        if (OperationCatalogue.Of(requirement.Operation).Target == OperationTarget.Initiative
            && AccountClaims.ToActor(context.User, await presidency.HolderTodayAsync()) is { } actor
            && AccessPolicy.Allows(actor, requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Operations on a meeting.</summary>
internal sealed class MeetingOperationHandler(PresidencyCalendar presidency) : AuthorizationHandler<OperationRequirement, MeetingScope>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement, MeetingScope resource)
    {
        if (OperationCatalogue.Of(requirement.Operation).Target == OperationTarget.Meeting
            && AccountClaims.ToActor(context.User, await presidency.HolderTodayAsync()) is { } actor
            && AccessPolicy.Allows(actor, requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }
}
