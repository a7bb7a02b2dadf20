using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Access;
using static MobilityPartnerships.Domain.Access.Operation;

namespace MobilityPartnerships.IntegrationTests.Access;

/// <summary>
/// Every role × every catalogued operation × a resource {the user's own initiative, another in the same
/// partnership, one in a partnership outside their scope}, asked at the service layer (AccessControl →
/// AccessPolicy, resources loaded from PostgreSQL). An operation missing from the table fails,
/// and so does any answer that differs from it — an unexpected allow above all.
/// </summary>
public sealed class AccessMatrixTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    // Y/N for (own, other in the same partnership, outside); a global operation has one letter.
    // For partnership operations "own" and "other" are both the user's partnership. For meeting operations:
    // (a task force of the user's partnership, a cooperation platform of it, a task force of the partnership outside).
    // For action points: (one of the cooperation platform the user's account owns, one of it owned by someone else, one of the
    // meeting outside the user's account owns).
    private static readonly Dictionary<string, Dictionary<Operation, string>> Expected = new()
    {
        ["Administrator"] = new()
        {
            [ListPartnerships] = "Y", [CreatePartnership] = "Y", [ViewOrganisations] = "Y", [ManageOrganisations] = "Y", [ManageUsers] = "Y",
            [ReadPartnership] = "YYY", [ViewPartnershipHistory] = "YYY", [EditPartnership] = "YYY", [AddInitiative] = "YYY",
            [ReadInitiative] = "YYY", [ViewContactDetails] = "YYY", [ViewInitiativeHistory] = "YYY", [EditInitiative] = "YYY",
            [ArchiveInitiative] = "YYY", [DeleteInitiative] = "YYY", [PostProgress] = "YYY", [ReadComments] = "YYY", [CommentOnInitiative] = "YYY",
            [PlanMeeting] = "YYY", [PublishScoreboard] = "YYY", [ReadPublishedScoreboards] = "YYY",
            [ReadMeeting] = "YYY", [ProposeAgendaItem] = "YYY", [CommentOnMinutes] = "YYY", [ManageMeeting] = "YYY", [DownloadBriefingPack] = "YYY", [CompleteActionPoint] = "YYY",
        },
        ["FocalPoint"] = new()
        {
            [ListPartnerships] = "Y", [CreatePartnership] = "Y", [ViewOrganisations] = "Y", [ManageOrganisations] = "Y", [ManageUsers] = "N",
            [ReadPartnership] = "YYY", [ViewPartnershipHistory] = "YYY", [EditPartnership] = "YYN", [AddInitiative] = "YYN",
            [ReadInitiative] = "YYY", [ViewContactDetails] = "YYY", [ViewInitiativeHistory] = "YYY", [EditInitiative] = "YYN",
            [ArchiveInitiative] = "YYN", [DeleteInitiative] = "YYN", [PostProgress] = "YYN", [ReadComments] = "YYY", [CommentOnInitiative] = "YYY",
            [PlanMeeting] = "YYN", [PublishScoreboard] = "YYN", [ReadPublishedScoreboards] = "YYY",
            [ReadMeeting] = "YYY", [ProposeAgendaItem] = "YYY", [CommentOnMinutes] = "YYY", [ManageMeeting] = "YYN", [DownloadBriefingPack] = "YYY", [CompleteActionPoint] = "YYY",
        },
        ["MemberStateOfficial"] = new()
        {
            [ListPartnerships] = "Y", [CreatePartnership] = "N", [ViewOrganisations] = "Y", [ManageOrganisations] = "N", [ManageUsers] = "N",
            [ReadPartnership] = "YYN", [ViewPartnershipHistory] = "YYN", [EditPartnership] = "NNN", [AddInitiative] = "YYN",
            [ReadInitiative] = "YYN", [ViewContactDetails] = "YYN", [ViewInitiativeHistory] = "YYN", [EditInitiative] = "YNN",
            [ArchiveInitiative] = "YNN", [DeleteInitiative] = "NNN", [PostProgress] = "YNN", [ReadComments] = "YYN", [CommentOnInitiative] = "YYN",
            [PlanMeeting] = "NNN", [PublishScoreboard] = "NNN", [ReadPublishedScoreboards] = "YYN",
            [ReadMeeting] = "YYN", [ProposeAgendaItem] = "YYN", [CommentOnMinutes] = "YYN", [ManageMeeting] = "NNN", [DownloadBriefingPack] = "YYN", [CompleteActionPoint] = "YNN",
        },
        ["PresidencyOfficial"] = new()
        {
            [ListPartnerships] = "Y", [CreatePartnership] = "N", [ViewOrganisations] = "Y", [ManageOrganisations] = "N", [ManageUsers] = "N",
            [ReadPartnership] = "YYY", [ViewPartnershipHistory] = "YYY", [EditPartnership] = "NNN", [AddInitiative] = "NNN",
            [ReadInitiative] = "YYY", [ViewContactDetails] = "YYY", [ViewInitiativeHistory] = "YYY", [EditInitiative] = "NNN",
            [ArchiveInitiative] = "NNN", [DeleteInitiative] = "NNN", [PostProgress] = "NNN", [ReadComments] = "YYY", [CommentOnInitiative] = "YYY",
            [PlanMeeting] = "YYY", [PublishScoreboard] = "NNN", [ReadPublishedScoreboards] = "YYY",
            [ReadMeeting] = "YYY", [ProposeAgendaItem] = "YYY", [CommentOnMinutes] = "YYY", [ManageMeeting] = "YYY", [DownloadBriefingPack] = "YYY", [CompleteActionPoint] = "YYY",
        },
        ["PartnerCountryOfficial"] = new()
        {
            [ListPartnerships] = "Y", [CreatePartnership] = "N", [ViewOrganisations] = "Y", [ManageOrganisations] = "N", [ManageUsers] = "N",
            [ReadPartnership] = "YYN", [ViewPartnershipHistory] = "YYN", [EditPartnership] = "NNN", [AddInitiative] = "NNN",
            [ReadInitiative] = "YYN", [ViewContactDetails] = "YYN", [ViewInitiativeHistory] = "YYN", [EditInitiative] = "NNN",
            [ArchiveInitiative] = "NNN", [DeleteInitiative] = "NNN", [PostProgress] = "YNN", [ReadComments] = "NNN", [CommentOnInitiative] = "NNN",
            [PlanMeeting] = "NNN", [PublishScoreboard] = "NNN", [ReadPublishedScoreboards] = "YYN",
            [ReadMeeting] = "NYN", [ProposeAgendaItem] = "NYN", [CommentOnMinutes] = "NYN", [ManageMeeting] = "NNN", [DownloadBriefingPack] = "NNN", [CompleteActionPoint] = "YNN",
        },
        ["TaskForceMember"] = new()
        {
            [ListPartnerships] = "Y", [CreatePartnership] = "N", [ViewOrganisations] = "Y", [ManageOrganisations] = "N", [ManageUsers] = "N",
            [ReadPartnership] = "YYN", [ViewPartnershipHistory] = "YYN", [EditPartnership] = "NNN", [AddInitiative] = "NNN",
            [ReadInitiative] = "YYN", [ViewContactDetails] = "YYN", [ViewInitiativeHistory] = "YYN", [EditInitiative] = "NNN",
            [ArchiveInitiative] = "NNN", [DeleteInitiative] = "NNN", [PostProgress] = "NNN", [ReadComments] = "YYN", [CommentOnInitiative] = "YYN",
            [PlanMeeting] = "NNN", [PublishScoreboard] = "NNN", [ReadPublishedScoreboards] = "YYN",
            [ReadMeeting] = "YYN", [ProposeAgendaItem] = "YYN", [CommentOnMinutes] = "YYN", [ManageMeeting] = "NNN", [DownloadBriefingPack] = "YYN", [CompleteActionPoint] = "YNN",
        },
    };

    public static TheoryData<string> Roles => [.. Expected.Keys];

    [Fact]
    public void Every_catalogued_operation_has_an_answer_for_every_role_and_nothing_else_is_listed()
    {
        foreach (var (role, answers) in Expected)
        {
            var missing = OperationCatalogue.All.Select(e => e.Operation).Except(answers.Keys).ToList();
            Assert.True(missing.Count == 0, $"{role}: no expected answer for {string.Join(", ", missing)}");
            Assert.Equal(OperationCatalogue.All.Count, answers.Count);
        }

        Assert.Equal(Enum.GetValues<Operation>().Length, OperationCatalogue.All.Count);
        Assert.Equal(Enum.GetNames<Role>().Length + 1, Expected.Count);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_operation_is_allowed_or_refused_as_the_table_says(string role)
    {
        if (!world.Users.TryGetValue(role, out var user))
        {
            Assert.Skip("No Member State holds the Council Presidency today according to the reference rotation.");
        }

        await using var scope = world.As(user);
        var access = scope.ServiceProvider.GetService(typeof(AccessControl)) as AccessControl ?? throw new InvalidOperationException();
        var wrong = new List<string>();
        foreach (var entry in OperationCatalogue.All)
        {
            var expected = Expected[role][entry.Operation];
            var actual = entry.Target switch
            {
                OperationTarget.Global => Letter(await access.CheckAsync(entry.Operation, TestContext.Current.CancellationToken)),
                OperationTarget.Partnership => string.Concat(
                    Letter(await access.CheckPartnershipAsync(entry.Operation, world.Inside, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckPartnershipAsync(entry.Operation, world.Inside, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckPartnershipAsync(entry.Operation, world.Outside, TestContext.Current.CancellationToken))),
                OperationTarget.Meeting => string.Concat(
                    Letter(await access.CheckMeetingAsync(entry.Operation, world.TaskForceMeeting, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckMeetingAsync(entry.Operation, world.PlatformMeeting, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckMeetingAsync(entry.Operation, world.OutsideMeeting, TestContext.Current.CancellationToken))),
                OperationTarget.ActionPoint => string.Concat(
                    Letter(await access.CheckActionPointAsync(entry.Operation, world.OwnActionPoints[role], TestContext.Current.CancellationToken)),
                    Letter(await access.CheckActionPointAsync(entry.Operation, world.OtherActionPoint, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckActionPointAsync(entry.Operation, world.OutsideActionPoints[role], TestContext.Current.CancellationToken))),
                _ => string.Concat(
                    Letter(await access.CheckInitiativeAsync(entry.Operation, world.OwnInitiative, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckInitiativeAsync(entry.Operation, world.OtherInitiative, TestContext.Current.CancellationToken)),
                    Letter(await access.CheckInitiativeAsync(entry.Operation, world.OutsideInitiative, TestContext.Current.CancellationToken))),
            };
            if (!Matches(actual, expected, ReadExpected(role, entry.Target)))
            {
                wrong.Add($"{entry.Operation}: expected {expected}, got {actual}");
            }
        }

        Assert.True(wrong.Count == 0, $"{role}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public async Task A_record_not_to_be_shared_is_seen_by_the_eu_side_only()
    {
        foreach (var (role, user) in world.Users)
        {
            await using var scope = world.As(user);
            var access = (AccessControl)scope.ServiceProvider.GetService(typeof(AccessControl))!;
            var sees = await access.MayAsync(ReadInitiative, world.UnsharedInitiative, TestContext.Current.CancellationToken);
            Assert.True(sees == (role != "PartnerCountryOfficial"), $"{role} {(sees ? "sees" : "does not see")} the unshared initiative");
        }
    }

    [Fact]
    public async Task Anonymous_and_deactivated_users_are_refused_everything()
    {
        var deactivated = await TestAccounts.CreateAsync(world, "Deactivated administrator", Role.Administrator);
        await using (var db = await world.CreateContextAsync())
        {
            var account = await db.Users.FindAsync([Web.Security.Accounts.AccountClaims.UserIdOf(deactivated)], TestContext.Current.CancellationToken);
            account!.IsActive = false;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        foreach (var user in new[] { new System.Security.Claims.ClaimsPrincipal(), deactivated })
        {
            await using var scope = world.As(user);
            var access = (AccessControl)scope.ServiceProvider.GetService(typeof(AccessControl))!;
            Assert.IsType<AccessDecision.Refused>(await access.CheckAsync(ListPartnerships, TestContext.Current.CancellationToken));
            // Nobody reads anything: a record is answered as missing, as one that does not exist.
            Assert.IsType<AccessDecision.Missing>(await access.CheckInitiativeAsync(ReadInitiative, world.OwnInitiative, TestContext.Current.CancellationToken));
            Assert.Empty((await access.ReadScopeAsync(TestContext.Current.CancellationToken)).Partnerships);
        }
    }

    private static string Letter(AccessDecision decision) => decision switch
    {
        AccessDecision.Allowed => "Y",
        AccessDecision.Refused => "N",
        AccessDecision.Missing => "-",
        _ => "?",
    };

    /// <summary>What the user may read of each resource asked about, by the same table.</summary>
    private static string ReadExpected(string role, OperationTarget target) => target switch
    {
        OperationTarget.Partnership => Expected[role][ReadPartnership],
        OperationTarget.Meeting => Expected[role][ReadMeeting],
        OperationTarget.Initiative => Expected[role][ReadInitiative],

        // Action points are read with their meeting: the platform's twice, then the meeting outside.
        OperationTarget.ActionPoint => $"{Expected[role][ReadMeeting][1]}{Expected[role][ReadMeeting][1]}{Expected[role][ReadMeeting][2]}",
        _ => string.Empty,
    };

    /// <summary>
    /// The answers match the table, where a record the user may not read is answered as missing ("-") whatever the
    /// operation — a refusal that does not tell the record exists — and only such a record.
    /// </summary>
    private static bool Matches(string actual, string expected, string reads) =>
        actual.Length == expected.Length
        && actual.Select((letter, i) => letter == '-' ? reads.Length == actual.Length && reads[i] == 'N' && expected[i] == 'N' : letter == expected[i] && !(reads.Length == actual.Length && reads[i] == 'N')).All(ok => ok);
}
