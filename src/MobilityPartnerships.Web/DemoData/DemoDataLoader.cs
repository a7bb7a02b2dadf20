using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.DemoData;

/// <summary>
/// Loads the partnerships, signatories, initiatives and meetings that the source documents describe. Runs once:
/// a partnership already present (by name) is left as it is, so a second run adds nothing.
/// </summary>
internal sealed class DemoDataLoader(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, ProductCalendar calendar, ILogger<DemoDataLoader> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static async Task<DemoDataSet> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = EmbeddedFile.Open("demo-data.json");
        return await JsonSerializer.DeserializeAsync<DemoDataSet>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("demo-data.json is empty.");
    }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var data = await ReadAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // With connection retries on, a transaction runs inside the execution strategy as one retriable unit.
        var (added, initiatives) = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var organisations = await LoadOrganisationsAsync(db, data, ct);
                var areas = await db.ThematicAreas.ToDictionaryAsync(a => a.Name, StringComparer.OrdinalIgnoreCase, ct);
                var existing = await db.Partnerships.Select(p => p.Name).ToListAsync(ct);

                var partnerships = 0;
                var rows = 0;
                var today = calendar.Today;
                foreach (var demo in data.Partnerships.Where(p => !existing.Contains(p.Name)))
                {
                    var partnership = BuildPartnership(demo, organisations);
                    db.Partnerships.Add(partnership);
                    foreach (var item in demo.Initiatives)
                    {
                        var initiative = BuildInitiative(item, partnership, organisations, areas);
                        db.Initiatives.Add(initiative);
                        db.ProgressUpdates.AddRange((item.ProgressUpdates ?? []).Select(u => ProgressUpdate.Post(
                            initiative, new ProgressAuthor(u.Author, u.AuthorOrganisation is null ? null : organisations[u.AuthorOrganisation].Id, IsFocalPoint: true), u.ReportedOn, u.Rating, u.Narrative, today, PostedOn(u.ReportedOn))));
                    }

                    partnerships++;
                    rows += demo.Initiatives.Count;
                }

                await db.SaveChangesAsync(ct);
                if (await DemoMeetings.AddAsync(db, data, organisations, today, calendar.Days, ct) > 0)
                {
                    await db.SaveChangesAsync(ct);
                }

                if (await DemoCommitments.AddAsync(db, data, ct) > 0)
                {
                    await db.SaveChangesAsync(ct);
                }

                if (await DemoPublishedVersion.AddAsync(db, clock.GetUtcNow(), calendar.Days, ct))
                {
                    await db.SaveChangesAsync(ct);
                }

                await transaction.CommitAsync(ct);
                return (partnerships, rows);
            },
            cancellationToken);

        if (added > 0)
        {
            logger.DemoDataLoaded(added, initiatives);
        }
    }

    private static async Task<Dictionary<string, Organisation>> LoadOrganisationsAsync(AppDbContext db, DemoDataSet data, CancellationToken cancellationToken)
    {
        var stored = await db.Organisations.ToListAsync(cancellationToken);
        var byKey = stored.Where(o => o.Kind == OrganisationKind.MemberState).ToDictionary(o => o.CountryCode!, StringComparer.Ordinal);
        var byName = stored.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);

        // Parents first, so that a Directorate-General can point at the Commission.
        foreach (var demo in data.Organisations.OrderBy(o => o.ParentKey is null ? 0 : 1))
        {
            if (!byName.TryGetValue(demo.Name, out var organisation))
            {
                var parent = demo.ParentKey is null ? null : byKey[demo.ParentKey];
                organisation = Organisation.Create(demo.Name, demo.ShortName, demo.Kind, demo.CountryCode, parent?.Id, signsThroughPresidency: demo.Key == "COUNCIL");
                organisation.NameInFrench(demo.FrenchName, demo.FrenchShortName);
                db.Organisations.Add(organisation);
                byName[demo.Name] = organisation;
            }
            else if (organisation.FrenchName is null && demo.FrenchName is not null)
            {
                // Loaded before organisations had French names.
                organisation.NameInFrench(demo.FrenchName, demo.FrenchShortName);
            }

            byKey[demo.Key] = organisation;
        }

        return byKey;
    }

    private static Partnership BuildPartnership(DemoPartnership demo, Dictionary<string, Organisation> organisations)
    {
        var country = demo.PartnerCountry is null ? null : organisations[demo.PartnerCountry];
        var history = demo.StatusHistory ?? [];
        bool NeedsSignature(PartnershipStatus status) => IsSignedStatus(status) && Partnership.StartsWithSignature(demo.Kind);
        var beforeSignature = history.Where(h => !NeedsSignature(h.Status)).ToList();
        var afterSignature = history.Where(h => NeedsSignature(h.Status) && h.Status != PartnershipStatus.InImplementation).ToList();

        var opening = beforeSignature.FirstOrDefault();
        var partnership = Partnership.Open(demo.Name, demo.Kind, country, opening?.Status ?? (NeedsSignature(demo.Status) ? PartnershipStatus.ExploratoryTalks : demo.Status), opening?.On, opening?.Source ?? demo.Source, opening?.Precision ?? DatePrecision.Day);
        foreach (var change in beforeSignature.Skip(1))
        {
            partnership.ChangeStatus(change.Status, change.On, change.Source, change.Precision ?? DatePrecision.Day);
        }

        if (demo.SignedOn is { } signedOn)
        {
            partnership.RecordSignature(signedOn, history.FirstOrDefault(h => h.Status == PartnershipStatus.InImplementation)?.Source ?? demo.Source, demo.SignedOnPrecision ?? DatePrecision.Day);
        }
        else if (demo.SignedOnPrecision == DatePrecision.Unknown)
        {
            partnership.RecordSignatureOnUnknownDate(demo.Source);
        }

        foreach (var change in afterSignature)
        {
            partnership.ChangeStatus(change.Status, change.On, change.Source, change.Precision ?? DatePrecision.Day);
        }

        if (partnership.Status != demo.Status)
        {
            partnership.ChangeStatus(demo.Status, null, demo.Source);
        }

        partnership.SetExploratoryTalksDeadline(demo.ExploratoryTalksDeadline);
        partnership.ReplacePriorities(demo.Priorities ?? []);
        foreach (var body in demo.MonitoringBodies ?? [])
        {
            partnership.AddMonitoringBody(MonitoringBody.Create(body.Kind, body.Name, body.MeetingFrequency, body.Source));
        }

        foreach (var participant in demo.Participants)
        {
            var organisation = organisations[participant.Organisation];
            _ = participant.Basis switch
            {
                ParticipationBasis.OriginalSignatory => partnership.RecordOriginalSignatory(organisation, participant.Source),
                ParticipationBasis.Accession => partnership.RecordAccession(organisation, participant.JoinedOn, participant.Source),
                _ => partnership.AddParticipant(organisation, participant.JoinedOn, participant.Source),
            };
            if (participant.LeftOn is { } leftOn)
            {
                partnership.RecordWithdrawal(organisation.Id, leftOn);
            }
        }

        return partnership;
    }

    private static Initiative BuildInitiative(DemoInitiative demo, Partnership partnership, Dictionary<string, Organisation> organisations, Dictionary<string, Domain.Pillars.ThematicArea> areas)
    {
        var initiative = Initiative.Propose(partnership, demo.Title, demo.Pillar, demo.Status);
        initiative.Describe(demo.Title, demo.Summary, demo.ReferenceCode);
        initiative.TitleInSecondLanguage(demo.SecondLanguageTitle);
        initiative.Classify(demo.Pillar, (demo.ThematicAreas ?? []).Select(name => areas.TryGetValue(name, out var area) ? area : throw new InvalidOperationException($"demo-data.json names an unknown thematic area '{name}'.")));
        initiative.AssignLead(partnership, demo.Lead is null ? null : organisations[demo.Lead].Id);
        initiative.AssignResponsibleService(demo.ResponsibleService is null ? null : organisations[demo.ResponsibleService].Id);
        foreach (var key in demo.ParticipatingPartners ?? [])
        {
            initiative.AddPartner(organisations[key].Id, PartnerRole.Participating);
        }

        foreach (var key in demo.ImplementingPartners ?? [])
        {
            initiative.AddPartner(organisations[key].Id, PartnerRole.Implementing);
        }

        foreach (var contact in demo.ContactPoints ?? [])
        {
            initiative.AddContactPoint(ContactPoint.Create(contact.Name, contact.Organisation is null ? null : organisations[contact.Organisation].Id, contact.Function, contact.Email, contact.Phone));
        }

        foreach (var indicator in demo.Indicators ?? [])
        {
            initiative.AddIndicator(Indicator.Create(indicator.Name, indicator.Description));
        }

        foreach (var line in demo.FundingLines ?? [])
        {
            initiative.AddFundingLine(FundingLine.Create(line.SourceKind, line.Programme, line.Contributor is null ? null : organisations[line.Contributor].Id, line.TotalBudget, line.EuContribution));
        }

        if (demo.Period is { } period)
        {
            initiative.Schedule(ImplementationPeriod.Create(ParseMonth(period.StartMonth), ParseMonth(period.EndMonth), period.DurationMonths, period.Note), []);
        }

        initiative.Situate(demo.Location, demo.Novelty, demo.Shareable);
        initiative.CiteSource(demo.Source);
        initiative.AssignPriority(partnership, demo.Priority);
        return initiative;
    }

    private static bool IsSignedStatus(PartnershipStatus status) =>
        status is PartnershipStatus.InImplementation or PartnershipStatus.Suspended or PartnershipStatus.Concluded;

    private static DateOnly? ParseMonth(string? month) =>
        month is null ? null : DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// When a demo progress update was posted: on the day it reports, at noon (the same day in Brussels and in UTC), as its
    /// story goes — not when the demo was loaded, which would make every one of them "in between" a demo version published
    /// after it and today (decision 0028: days are Brussels days).
    /// </summary>
    private static DateTimeOffset PostedOn(DateOnly reportedOn) => new(reportedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
