namespace MobilityPartnerships.Domain.Access;

/// <summary>The one list of operations, each with what it is asked about. Their wording for users is in the app's strings (Operation_*).</summary>
public static class OperationCatalogue
{
    public static IReadOnlyList<OperationEntry> All { get; } =
    [
        new(Operation.ListPartnerships, OperationTarget.Global),
        new(Operation.CreatePartnership, OperationTarget.Global),
        new(Operation.ViewOrganisations, OperationTarget.Global),
        new(Operation.ManageOrganisations, OperationTarget.Global),
        new(Operation.ManageUsers, OperationTarget.Global),
        new(Operation.ReadPartnership, OperationTarget.Partnership),
        new(Operation.ViewPartnershipHistory, OperationTarget.Partnership),
        new(Operation.EditPartnership, OperationTarget.Partnership),
        new(Operation.AddInitiative, OperationTarget.Partnership),
        new(Operation.ReadInitiative, OperationTarget.Initiative),
        new(Operation.ViewContactDetails, OperationTarget.Initiative),
        new(Operation.ViewInitiativeHistory, OperationTarget.Initiative),
        new(Operation.EditInitiative, OperationTarget.Initiative),
        new(Operation.ArchiveInitiative, OperationTarget.Initiative),
        new(Operation.DeleteInitiative, OperationTarget.Initiative),
        new(Operation.PostProgress, OperationTarget.Initiative),
        new(Operation.ReadComments, OperationTarget.Initiative),
        new(Operation.CommentOnInitiative, OperationTarget.Initiative),
        new(Operation.PlanMeeting, OperationTarget.Partnership),
        new(Operation.PublishScoreboard, OperationTarget.Partnership),
        new(Operation.ReadPublishedScoreboards, OperationTarget.Partnership),
        new(Operation.ReadMeeting, OperationTarget.Meeting),
        new(Operation.ProposeAgendaItem, OperationTarget.Meeting),
        new(Operation.CommentOnMinutes, OperationTarget.Meeting),
        new(Operation.ManageMeeting, OperationTarget.Meeting),
        new(Operation.DownloadBriefingPack, OperationTarget.Meeting),
        new(Operation.CompleteActionPoint, OperationTarget.ActionPoint),
    ];

    public static OperationEntry Of(Operation operation) =>
        All.FirstOrDefault(e => e.Operation == operation) ?? throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not in the catalogue.");
}

/// <summary>One catalogued operation.</summary>
public sealed record OperationEntry(Operation Operation, OperationTarget Target);
