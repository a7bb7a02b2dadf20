using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>
/// What uses an organisation: every record that refers to it, and as what. The organisations list counts these records
/// and deleting an organisation is refused, naming them, while any is left: both read this one list, so the list cannot
/// show "0" for an organisation the deletion refuses. Every foreign key to organisations is here or among
/// <see cref="GoWithIt"/>; OrganisationUsesTests fails when one is added to the model or the database without that.
/// </summary>
public static class OrganisationUses
{
    /// <summary>Each use in the order the refusal tells them; a record (an initiative, a meeting) is counted once per use however often it names the organisation there.</summary>
    public static IReadOnlyList<OrganisationUse> All { get; } =
    [
        new("partnership_participants", "organisation_id", "participation", "id", "Organisation_UsedAsParticipant"),
        new("partnerships", "partner_country_id", "partnership", "id", "Organisation_UsedAsPartnerCountry"),
        new("initiatives", "lead_organisation_id", "initiative", "id", "Organisation_UsedAsLead", Through: "partnership_participants"),
        new("initiative_partners", "organisation_id", "initiative", "initiative_id", "Organisation_UsedAsPartner"),
        new("initiatives", "responsible_service_id", "initiative", "id", "Organisation_UsedAsService"),
        new("initiative_contact_points", "organisation_id", "initiative", "initiative_id", "Organisation_UsedByContactPoint"),
        new("funding_lines", "contributor_id", "funding line", "id", "Organisation_UsedAsContributor"),
        new("progress_updates", "author_organisation_id", "progress update", "id", "Organisation_UsedByProgress"),
        new("indicator_values", "reporter_organisation_id", "indicator value", "id", "Organisation_UsedByIndicatorValue"),
        new("meeting_chairs", "organisation_id", "meeting", "meeting_id", "Organisation_UsedAsMeetingChair"),
        new("meeting_participants", "organisation_id", "meeting", "meeting_id", "Organisation_UsedAsMeetingParticipant"),
        new("action_points", "owner_organisation_id", "action point", "id", "Organisation_UsedAsActionPointOwner"),
        new("accounts", "organisation_id", "account", "id", "Organisation_UsedByAccount"),
        new("organisations", "parent_id", "organisation", "id", "Organisation_UsedAsParent"),
    ];

    /// <summary>References that are no use and go with the organisation when it is deleted (ON DELETE CASCADE): the names an importing user taught the product to read as it.</summary>
    public static IReadOnlyList<(string Table, string Column)> GoWithIt { get; } = [("remembered_names", "organisation_id")];

    /// <summary>Every use as one row (use, record kind, organisation, record), each reference read through its column's index.</summary>
    private static readonly string Uses = string.Join(
        "\nUNION ALL ",
        All.Select((use, at) => $"SELECT {at} AS use_index, '{use.Record}' AS record, {use.Column} AS organisation_id, {use.RecordColumn} AS record_id FROM {use.Table} WHERE {use.Column} IS NOT NULL"));

    private static readonly string OneOrganisation =
        "SELECT u.use_index, count(DISTINCT u.record_id)::int AS records FROM (" + Uses + ") u WHERE u.organisation_id = {0} GROUP BY u.use_index";

    private static readonly string EveryOrganisation =
        "SELECT d.organisation_id, count(*)::int AS records FROM (SELECT DISTINCT u.organisation_id, u.record, u.record_id FROM (" + Uses + ") u) d GROUP BY d.organisation_id";

    /// <summary>How many records use the organisation, by use (the uses with none left out), in the order of <see cref="All"/>.</summary>
    public static async Task<IReadOnlyList<(OrganisationUse Use, int Records)>> OfAsync(AppDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.Database.SqlQueryRaw<UseCount>(OneOrganisation, organisationId).ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.UseIndex).Select(c => (All[c.UseIndex], c.Records))];
    }

    /// <summary>
    /// How many records use each organisation that is used at all, in one query: a record that uses it in several ways (an
    /// initiative naming it as partner and as responsible service) is one record.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> RecordsByOrganisationAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.Database.SqlQueryRaw<OrganisationRecords>(EveryOrganisation).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.OrganisationId, c => c.Records);
    }

    /// <summary>The uses as the refusal tells them: "3 initiatives as responsible service; 1 user account".</summary>
    public static string Told(IStringLocalizer<Strings> text, IEnumerable<(OrganisationUse Use, int Records)> uses)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.List(uses.Select(u => text.Counted(u.Use.Text, u.Records)));
    }

    private sealed class UseCount
    {
        public int UseIndex { get; init; }

        public int Records { get; init; }
    }

    private sealed class OrganisationRecords
    {
        public Guid OrganisationId { get; init; }

        public int Records { get; init; }
    }
}

/// <summary>
/// One way a record uses an organisation: the <paramref name="Table"/> and <paramref name="Column"/> that refer to it, the
/// <paramref name="Record"/> a user knows that row as and the column holding that record's id (an initiative's, for its
/// partners), and the text (in Strings.resx) that tells how many. <paramref name="Through"/> names the table a reference
/// goes through when its foreign key is not to organisations: an initiative's lead is one of its partnership's participants.
/// </summary>
public sealed record OrganisationUse(string Table, string Column, string Record, string RecordColumn, string Text, string? Through = null);
