namespace MobilityPartnerships.Domain.Access;

/// <summary>
/// Everything a user can ask the product to do. Every page and handler checks one of these through the
/// access policy; <see cref="OperationCatalogue"/> says what each is asked about. A new operation is added
/// here and to the role-by-operation test table, which fails while it is missing.
/// </summary>
public enum Operation
{
    ListPartnerships,
    CreatePartnership,
    ViewOrganisations,
    ManageOrganisations,
    ManageUsers,
    ReadPartnership,
    ViewPartnershipHistory,
    EditPartnership,
    AddInitiative,
    ReadInitiative,
    ViewContactDetails,
    ViewInitiativeHistory,
    EditInitiative,
    ArchiveInitiative,
    DeleteInitiative,
    PostProgress,
    ReadComments,
    CommentOnInitiative,
    PlanMeeting,
    PublishScoreboard,
    ReadPublishedScoreboards,
    ReadMeeting,
    ProposeAgendaItem,
    CommentOnMinutes,
    ManageMeeting,
    DownloadBriefingPack,
    CompleteActionPoint,
}
