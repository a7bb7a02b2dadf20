using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.History.Reading;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.IntegrationTests.History;

/// <summary>
/// History reads as a record of what happened: the records it names by their names at the time, whatever became of
/// them since; codes in words; which funding line or participant changed.
/// </summary>
public sealed partial class HistoryWordingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_reads_with_the_names_the_organisations_had_then_after_one_is_renamed_and_another_removed()
    {
        var scene = await Scene.StoreAsync(fixture);
        var agency = Organisation.Create($"Agency {Guid.NewGuid():N}"[..20], null, OrganisationKind.NationalAgency);
        string commissionThen;
        await using (var db = await fixture.CreateContextAsync())
        {
            db.Organisations.Add(agency);
            await db.SaveChangesAsync(Token);
            commissionThen = (await db.Organisations.SingleAsync(o => o.Id == scene.CommissionId, Token)).DisplayName;
        }

        await ReviseLineAsync(scene, agency.Id, 1000m);
        await ReviseLineAsync(scene, scene.CommissionId, 1000m);
        await using (var db = await fixture.CreateContextAsync())
        {
            db.Organisations.Remove(await db.Organisations.SingleAsync(o => o.Id == agency.Id, Token));
            (await db.Organisations.SingleAsync(o => o.Id == scene.CommissionId, Token)).Rename("European Commission, renamed", "EC renamed");
            await db.SaveChangesAsync(Token);
        }

        var lines = await LinesAsync(nameof(Initiative), scene.InitiativeId);

        Assert.Contains($"Funding line 1 (AENEAS): contributor {commissionThen} → {agency.Name}", lines);
        Assert.Contains($"Funding line 1 (AENEAS): contributor {agency.Name} → {commissionThen}", lines);
        Assert.DoesNotContain(lines, l => l.Contains("EC renamed", StringComparison.Ordinal) || l.Contains("since removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_funding_line_says_which_line_by_its_place_and_programme()
    {
        var scene = await Scene.StoreAsync(fixture);
        Guid second;
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            var line = FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic Programme", null, 2000m, 1000m);
            initiative.AddFundingLine(line);
            second = line.Id;
            await db.SaveChangesAsync(Token);
        }

        // The initiative loaded with its lines, then the line alone: its place is found either way.
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.FundingLines.Single(f => f.Id == second).Revise(FundingSourceKind.EuProgramme, "Thematic Programme", null, 2500m, 1000m);
            await db.SaveChangesAsync(Token);
        }

        await using (var db = await fixture.CreateContextAsync())
        {
            (await db.FundingLines.SingleAsync(f => f.Id == second, Token)).Revise(FundingSourceKind.OwnFunds, null, null, 2500m, null);
            await db.SaveChangesAsync(Token);
        }

        var lines = await LinesAsync(nameof(Initiative), scene.InitiativeId);

        Assert.Contains($"Funding line 2 added: funding source EU programme, programme Thematic Programme, total budget {Display.Euro(2000m)}, EU contribution {Display.Euro(1000m)}", lines);
        Assert.Contains($"Funding line 2 (Thematic Programme): total budget {Display.Euro(2000m)} → {Display.Euro(2500m)}", lines);
        Assert.Contains("Funding line 2 (Own funds): funding source EU programme → Own funds", lines);
        Assert.Contains($"Funding line 2 (Own funds): EU contribution {Display.Euro(1000m)} → none", lines);
    }

    [Fact]
    public async Task A_participant_that_left_reads_by_its_organisation_as_it_was_named_then()
    {
        var scene = await Scene.StoreAsync(fixture);
        string name;
        await using (var db = await fixture.CreateContextAsync())
        {
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, Token);
            var outsider = await db.Organisations.SingleAsync(o => o.Id == scene.OutsiderId, Token);
            name = outsider.DisplayName;
            partnership.AddParticipant(outsider, new DateOnly(2012, 3, 1));
            await db.SaveChangesAsync(Token);
        }

        await using (var db = await fixture.CreateContextAsync())
        {
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, Token);
            partnership.RecordWithdrawal(scene.OutsiderId, new DateOnly(2014, 7, 1));
            await db.SaveChangesAsync(Token);
        }

        await using (var db = await fixture.CreateContextAsync())
        {
            (await db.Organisations.SingleAsync(o => o.Id == scene.OutsiderId, Token)).Rename("Renamed since", null);
            await db.SaveChangesAsync(Token);
        }

        var lines = await LinesAsync(nameof(Partnership), scene.PartnershipId);

        Assert.Contains($"Participant {name}: left on none → 1 July 2014", lines);
        Assert.Contains(lines, l => l.StartsWith($"Participant added: organisation {name}, basis Takes part without signing", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Renamed since", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_partner_reads_by_its_organisation_and_role()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.AddPartner(scene.OutsiderId, PartnerRole.Implementing);
            await db.SaveChangesAsync(Token);
        }

        var lines = await LinesAsync(nameof(Initiative), scene.InitiativeId);

        Assert.Contains(lines, l => l.StartsWith("Partner added: organisation Outsider ", StringComparison.Ordinal) && l.EndsWith(", role Implementing partner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_French_page_a_thematic_area_and_a_partner_read_by_their_French_names_unless_renamed_since()
    {
        // "Domaine thématique (ajout) : Diaspora and co-development" beside the scoreboard's "Diaspora et codéveloppement".
        var scene = await Scene.StoreAsync(fixture);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var area = ThematicArea.Create(Pillar.LegalMigration, $"Diaspora and co-development {suffix}", frenchName: $"Diaspora et codéveloppement {suffix}");
        var renamedArea = ThematicArea.Create(Pillar.LegalMigration, $"Skills partnerships {suffix}", frenchName: $"Partenariats de compétences {suffix}");
        await using (var db = await fixture.CreateContextAsync())
        {
            db.ThematicAreas.AddRange(area, renamedArea);
            (await db.Organisations.SingleAsync(o => o.Id == scene.OutsiderId, Token)).NameInFrench($"Organisation extérieure {suffix}");
            await db.SaveChangesAsync(Token);
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.Classify(Pillar.LegalMigration, [area, renamedArea]);
            initiative.AddPartner(scene.OutsiderId, PartnerRole.Implementing);
            await db.SaveChangesAsync(Token);
        }

        await fixture.Database.ExecuteAsync("UPDATE thematic_areas SET name = $1 WHERE id = $2", $"Skills and talent partnerships {suffix}", renamedArea.Id);

        var french = await InFrenchAsync(() => LinesAsync(nameof(Initiative), scene.InitiativeId));
        var english = await LinesAsync(nameof(Initiative), scene.InitiativeId);

        Assert.Contains($"Domaine thématique (ajout)\u00a0: Diaspora et codéveloppement {suffix}", french);
        Assert.Contains(french, l => l.Contains($"Organisation extérieure {suffix}", StringComparison.Ordinal));
        // Renamed since it was added: the name it had then, as in English.
        Assert.Contains($"Domaine thématique (ajout)\u00a0: Skills partnerships {suffix}", french);
        Assert.Contains($"Thematic area added: Diaspora and co-development {suffix}", english);
        Assert.DoesNotContain(english, l => l.Contains("codéveloppement", StringComparison.Ordinal) || l.Contains("extérieure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_partnership_given_to_an_account_reads_with_the_accounts_name()
    {
        var scene = await Scene.StoreAsync(fixture);
        var name = $"Focal point {Guid.NewGuid():N}"[..24];
        await TestAccounts.CreateAsync(fixture, name, Domain.Access.Role.FocalPoint, null, scene.PartnershipId);

        var lines = await LinesAsync(nameof(Partnership), scene.PartnershipId);

        Assert.Contains($"Partnership assignment added: {name}", lines);
    }

    [Fact]
    public async Task A_change_to_an_enum_field_is_kept_as_its_code_with_its_type_and_reads_in_words()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.ThematicAreas).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.Classify(Pillar.MigrationAndDevelopment, []);
            await db.SaveChangesAsync(Token);
        }

        await using var check = await fixture.CreateContextAsync();
        var entry = await check.History.Where(h => h.AggregateId == scene.InitiativeId.ToString() && h.Field == "Pillar" && h.Action == HistoryAction.Changed).SingleAsync(Token);
        Assert.Equal(("Pillar", "LegalMigration", "MigrationAndDevelopment"), (entry.ValueType, entry.OldValue, entry.NewValue));
        Assert.Contains("Pillar: Legal migration → Migration and development", await LinesAsync(nameof(Initiative), scene.InitiativeId));
    }

    [Fact]
    public async Task A_status_change_known_only_to_the_month_reads_as_its_month()
    {
        // "Exploratory talks, 1 December 2007" was read for a status change the sources date only to December 2007.
        await using var db = await fixture.CreateContextAsync();
        var wording = new HistoryWording(fixture.Get<IStringLocalizer<Strings>>(), fixture.Get<Moments>(), new Dictionary<Guid, string>(), HistoryReferences.ValueTypes(db.Model));
        HistoryEntry Entry(string record, string? id, HistoryAction action, string field, string? old, string? @new) => new()
        {
            AggregateType = "Partnership", AggregateId = "1", RecordType = record, RecordId = id, Action = action, Field = field, OldValue = old, NewValue = @new,
        };

        var lines = wording.Lines(
        [
            Entry("StatusChange", "2", HistoryAction.Added, "Status", null, "ExploratoryTalks"),
            Entry("StatusChange", "2", HistoryAction.Added, "On", null, "2007-12-01"),
            Entry("StatusChange", "2", HistoryAction.Added, "Precision", null, "Month"),
            Entry("StatusChange", "3", HistoryAction.Added, "Status", null, "InImplementation"),
            Entry("StatusChange", "3", HistoryAction.Added, "On", null, "2008-06-05"),
            Entry("StatusChange", "3", HistoryAction.Added, "Precision", null, "Day"),
            Entry("Partnership", null, HistoryAction.Changed, "SignedOn", "2008-06-05", "2008-06-01"),
            Entry("Partnership", null, HistoryAction.Changed, "SignedOnPrecision", "Day", "Month"),
        ]);

        Assert.Contains(lines, l => l.Contains("December 2007", StringComparison.Ordinal) && !l.Contains("1 December 2007", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("5 June 2008", StringComparison.Ordinal) && l.Contains("In implementation", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines, l => l.Contains("5 June 2008 → June 2008", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_added_commitment_reads_without_its_place_in_the_list()
    {
        // "Commitment added: Legal migration, 0, European Union and Member States, …": the 0 was its place in the list, counted from 0.
        await using var db = await fixture.CreateContextAsync();
        var wording = new HistoryWording(fixture.Get<IStringLocalizer<Strings>>(), fixture.Get<Moments>(), new Dictionary<Guid, string>(), HistoryReferences.ValueTypes(db.Model));
        HistoryEntry Entry(string field, string value) => new()
        {
            AggregateType = "Partnership", AggregateId = "1", RecordType = "Commitment", RecordId = "7", Action = HistoryAction.Added, Field = field, NewValue = value,
        };

        var line = Assert.Single(wording.Lines([Entry("Pillar", "LegalMigration"), Entry("Position", "0"), Entry("Side", "EuAndMemberStates"), Entry("Text", "Make visas easier")]));

        Assert.Contains("Legal migration", line, StringComparison.Ordinal);
        Assert.Contains("Make visas easier", line, StringComparison.Ordinal);
        Assert.DoesNotContain("0", line.Split([": ", ", "], StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task An_original_signatory_of_a_text_signed_in_a_known_month_joins_in_that_month_in_the_history()
    {
        // "Participant …: joined on 1 June 2008" was read for a signatory of a text the sources date only to June 2008.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var signatory = Organisation.Create($"Signatory {suffix}", null, OrganisationKind.EuInstitution);
        var partnership = Partnership.Open($"Signed in June {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2008, 6, 1), precision: DatePrecision.Month);
        partnership.RecordOriginalSignatory(signatory);
        await using (var db = await fixture.CreateContextAsync())
        {
            db.Organisations.Add(signatory);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync(Token);
        }

        var lines = await LinesAsync(nameof(Partnership), partnership.Id);

        var joined = Assert.Single(lines, l => l.Contains(signatory.Name, StringComparison.Ordinal));
        Assert.Contains("June 2008", joined, StringComparison.Ordinal);
        Assert.DoesNotContain("1 June 2008", joined, StringComparison.Ordinal);
        Assert.DoesNotContain("Month", joined, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_value_of_every_enum_field_reads_in_words_in_entries_old_and_new()
    {
        await using var db = await fixture.CreateContextAsync();
        var text = fixture.Get<IStringLocalizer<Strings>>();
        var wording = new HistoryWording(text, fixture.Get<Moments>(), new Dictionary<Guid, string>(), HistoryReferences.ValueTypes(db.Model));
        var checkedValues = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => HistoryRecorder.IsRecorded(e.ClrType)))
        {
            foreach (var property in entity.GetProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!type.IsEnum)
                {
                    continue;
                }

                foreach (var value in Enum.GetNames(type))
                {
                    var words = text[$"{type.Name}_{value}"];
                    Assert.False(words.ResourceNotFound, $"{type.Name}.{value} ({entity.ClrType.Name}.{property.Name}) has no words in Strings.resx.");
                    foreach (var kept in new[] { HistoryReferences.ValueTypeOf(property), null })
                    {
                        var entry = new HistoryEntry
                        {
                            AggregateType = "Initiative", AggregateId = "1", RecordType = entity.ClrType.Name, RecordId = "2", Action = HistoryAction.Changed,
                            Field = property.Name, OldValue = null, NewValue = value, ValueType = kept,
                        };
                        var line = Assert.Single(wording.Lines([entry]));
                        Assert.EndsWith($"→ {words.Value}", line, StringComparison.Ordinal);
                        Assert.False(line.Replace(words.Value, string.Empty, StringComparison.Ordinal).Contains(value, StringComparison.Ordinal), $"'{line}' shows the code {value}.");
                        checkedValues++;
                    }
                }
            }
        }

        Assert.True(checkedValues > 100, $"Only {checkedValues} values were checked.");
    }

    [Fact]
    public async Task An_entry_written_before_names_were_kept_reads_with_the_last_name_history_knew_of_a_removed_organisation()
    {
        var scene = await Scene.StoreAsync(fixture);
        string name;
        await using (var db = await fixture.CreateContextAsync())
        {
            var outsider = await db.Organisations.SingleAsync(o => o.Id == scene.OutsiderId, Token);
            name = outsider.DisplayName;
            db.Organisations.Remove(outsider);
            await db.SaveChangesAsync(Token);
        }

        await fixture.Database.ExecuteAsync(
            "INSERT INTO history_entries (change_set_id, occurred_at, user_name, aggregate_type, aggregate_id, record_type, record_id, action, field, old_value, new_value) VALUES ($1, now(), 'Someone', 'Initiative', $2, 'Initiative', NULL, 'Changed', 'ResponsibleServiceId', NULL, $3)",
            Guid.NewGuid(), scene.InitiativeId.ToString(), scene.OutsiderId.ToString());

        Assert.Contains($"Responsible service: none → {name}", await LinesAsync(nameof(Initiative), scene.InitiativeId));
    }

    [Fact]
    public async Task A_replaced_indicator_value_reads_with_its_indicators_name_and_the_moment_in_words()
    {
        var scene = await Scene.StoreAsync(fixture);
        var indicator = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null);
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.AddIndicator(indicator);
            await db.SaveChangesAsync(Token);
        }

        var report = fixture.Get<ReportIndicatorValue>();
        Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicator.Id, new IndicatorValueDraft { Period = "2010 H2", Value = "40" }, Token));
        Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicator.Id, new IndicatorValueDraft { Period = "2010 H2", Value = "42", ReplaceConfirmed = true }, Token));

        var lines = await LinesAsync(nameof(Initiative), scene.InitiativeId);

        Assert.Contains(lines, l => l.StartsWith("Indicator value added: indicator Workers placed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Indicator value Workers placed: value 40 → 42", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("since removed", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => IsoMoment().IsMatch(l));
        var reportedAt = fixture.Get<Moments>().At(await ReportedAtAsync(indicator.Id));
        Assert.Contains(lines, l => l.Contains($"reported at {reportedAt}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_indicator_value_already_stored_reads_its_parts_labelled_in_its_declared_order_in_the_readers_language()
    {
        // "Indicator value added: Share of placements, 30 June 2026, 1 April 2026, 7 December 2026, 11:39 CET, Demo official of Sweden,
        // Sweden, 1,000" was read for rows stored as the recorder wrote them then: the model's alphabetical order, no names, no types.
        var scene = await Scene.StoreAsync(fixture);
        var indicator = Indicator.Create("Share of placements", null, "persons", 0m, new DateOnly(2010, 6, 1), 5000m, new DateOnly(2011, 6, 30), null);
        string outsider;
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.AddIndicator(indicator);
            await db.SaveChangesAsync(Token);
            outsider = (await db.Organisations.SingleAsync(o => o.Id == scene.OutsiderId, Token)).DisplayName;
        }

        var set = Guid.CreateVersion7();
        var recordId = Guid.CreateVersion7().ToString();
        var reportedAt = new DateTimeOffset(2026, 12, 7, 10, 39, 0, TimeSpan.Zero);
        HistoryEntry Entry(string field, string value) => new()
        {
            ChangeSetId = set, OccurredAt = reportedAt, UserName = "Demo official of Sweden", AggregateType = nameof(Initiative), AggregateId = scene.InitiativeId.ToString(),
            RecordType = "IndicatorValue", RecordId = recordId, Action = HistoryAction.Added, Field = field, NewValue = value,
        };
        await using (var db = await fixture.CreateContextAsync())
        {
            db.History.AddRange(
                Entry("IndicatorId", indicator.Id.ToString()),
                Entry("InitiativeId", scene.InitiativeId.ToString()),
                Entry("PeriodEnd", "2026-06-30"),
                Entry("PeriodStart", "2026-04-01"),
                Entry("ReportedAt", reportedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
                Entry("ReporterName", "Demo official of Sweden"),
                Entry("ReporterOrganisationId", scene.OutsiderId.ToString()),
                Entry("Value", "1000.00"));
            await db.SaveChangesAsync(Token);
        }

        static bool IsValue(string line) => line.StartsWith("Indicator value", StringComparison.Ordinal) || line.StartsWith("Valeur d'indicateur", StringComparison.Ordinal);
        var english = Assert.Single(await LinesAsync(nameof(Initiative), scene.InitiativeId), IsValue);
        var french = Assert.Single(await InFrenchAsync(() => LinesAsync(nameof(Initiative), scene.InitiativeId)), IsValue);

        Assert.Equal(
            $"Indicator value added: indicator Share of placements, period 1 April 2026 – 30 June 2026, value 1,000, reported by Demo official of Sweden, reporting organisation {outsider}, reported at {fixture.Get<Moments>().At(reportedAt)}",
            english);
        var (thousand, momentInFrench) = await InFrenchAsync(() => Task.FromResult((1000m.ToString("#,##0", System.Globalization.CultureInfo.CurrentCulture), fixture.Get<Moments>().At(reportedAt))));
        Assert.Equal(
            $"Valeur d'indicateur (ajout)\u00a0: indicateur Share of placements, période 1er avril 2026 – 30 juin 2026, valeur {thousand}, communiqué par Demo official of Sweden, organisation déclarante {outsider}, communiqué le {momentInFrench}",
            french);
    }

    [Fact]
    public async Task A_reported_and_replaced_indicator_value_reads_its_period_from_start_to_end_and_its_changes_in_the_values_order()
    {
        var scene = await Scene.StoreAsync(fixture);
        var indicator = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null);
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.AddIndicator(indicator);
            await db.SaveChangesAsync(Token);
        }

        var report = fixture.Get<ReportIndicatorValue>();
        Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicator.Id, new IndicatorValueDraft { Period = "2010 H2", Value = "40" }, Token));
        Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicator.Id, new IndicatorValueDraft { Period = "2010 H2", Value = "42", ReplaceConfirmed = true }, Token));

        var events = (await fixture.Get<GetHistory>().ExecuteAsync(nameof(Initiative), scene.InitiativeId, Token)).Events;

        var added = Assert.Single(events.SelectMany(e => e.Lines), l => l.StartsWith("Indicator value added", StringComparison.Ordinal));
        Assert.StartsWith("Indicator value added: indicator Workers placed, period 1 July 2010 – 31 December 2010, value 40, reported by ", added, StringComparison.Ordinal);
        var replaced = events[0].Lines;
        Assert.Equal("Indicator value Workers placed: value 40 → 42", replaced[0]);
        Assert.StartsWith("Indicator value Workers placed: reported at ", replaced[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_of_record_a_timeline_shows_reads_its_parts_labelled_in_the_order_its_type_declares_them()
    {
        // Each kind of record added with its parts stored in the reverse of their declared order: the timeline puts them in order and labels each.
        var scene = await Scene.StoreAsync(fixture);
        await using var db = await fixture.CreateContextAsync();
        var text = fixture.Get<IStringLocalizer<Strings>>();
        var shown = new Dictionary<Type, Guid> { [typeof(Initiative)] = scene.InitiativeId, [typeof(Partnership)] = scene.PartnershipId };
        var records = db.Model.GetEntityTypes()
            .Where(e => HistoryRecorder.IsRecorded(e.ClrType) && !HistoryRecorder.IsAggregateRoot(e.ClrType) && !HistoryReferences.IsOwnedValue(e))
            .Select(e => (Type: e, Root: e.GetForeignKeys().FirstOrDefault(k => HistoryRecorder.IsAggregateRoot(k.PrincipalEntityType.ClrType))?.PrincipalEntityType.ClrType))
            .Where(r => r.Root is not null && shown.ContainsKey(r.Root))
            .Select(r => (Name: r.Type.ClrType.Name, Root: r.Root!, Fields: HistoryReferences.DeclaredOrder(r.Type).Select(p => p.Name)
                .Where(f => !f.EndsWith("Precision", StringComparison.Ordinal) && f is not ("InitiativeId" or "PartnershipId" or "AuthorName" or "PostedAt" or "Position"))
                .ToList()))
            .DistinctBy(r => r.Name)
            .ToList();
        Assert.Contains(records, r => r.Name == nameof(FundingLine));
        Assert.Contains(records, r => r.Name == "IndicatorValue");
        foreach (var (name, root, fields) in records)
        {
            var set = Guid.CreateVersion7();
            db.History.AddRange(Enumerable.Reverse(fields).Select(field => new HistoryEntry
            {
                ChangeSetId = set, OccurredAt = DateTimeOffset.UtcNow, UserName = "Someone", AggregateType = root.Name, AggregateId = shown[root].ToString(),
                RecordType = name, RecordId = "2", Action = HistoryAction.Added, Field = field, NewValue = $"<{name}.{field}>",
                // Kept as pointing at an organisation no longer known: the value reads as it is, whatever the field's type.
                ValueType = nameof(Organisation),
            }));
        }

        await db.SaveChangesAsync(Token);
        var lines = (await LinesAsync(nameof(Initiative), scene.InitiativeId)).Concat(await LinesAsync(nameof(Partnership), scene.PartnershipId)).ToList();

        foreach (var (name, _, fields) in records)
        {
            var line = Assert.Single(lines, l => l.Contains($"<{name}.", StringComparison.Ordinal));
            var place = line.IndexOf(": ", StringComparison.Ordinal);
            foreach (var field in fields)
            {
                var value = $"<{name}.{field}>";
                var found = line.IndexOf(value, StringComparison.Ordinal);
                Assert.True(found > place, $"{name}.{field} is missing or out of its declared order in '{line}'.");
                place = found;
                if (fields.Count > 1 && !field.EndsWith("End", StringComparison.Ordinal))
                {
                    var label = text[$"History_Field_{(field.EndsWith("Start", StringComparison.Ordinal) ? field[..^"Start".Length] : field)}"];
                    Assert.False(label.ResourceNotFound, $"{name}.{field} has no label.");
                    Assert.Contains($"{label.Value[1..]} {value}", line, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task Every_id_a_recorded_record_holds_points_at_a_kind_of_record_history_names()
    {
        await using var db = await fixture.CreateContextAsync();
        var types = HistoryReferences.ValueTypes(db.Model);
        var shown = new[] { typeof(Initiative), typeof(Partnership) };
        var unnamed = db.Model.GetEntityTypes()
            .Where(e => HistoryRecorder.IsRecorded(e.ClrType) && (shown.Contains(e.ClrType) || e.GetForeignKeys().Any(k => shown.Contains(k.PrincipalEntityType.ClrType))))
            .SelectMany(e => e.GetForeignKeys().Where(k => !HistoryRecorder.IsAggregateRoot(k.PrincipalEntityType.ClrType))
                .SelectMany(k => k.Properties.Select(p => (Record: e.ClrType.Name, Property: p, Principal: k.PrincipalEntityType.ClrType.Name))))
            .Where(p => !p.Property.GetContainingForeignKeys().Any(k => HistoryRecorder.IsAggregateRoot(k.PrincipalEntityType.ClrType)))
            .Select(p => (p.Record, Field: p.Property.Name, p.Principal))
            .Where(p => !types.ContainsKey((p.Record, p.Field)))
            .Select(p => $"{p.Record}.{p.Field} → {p.Principal}")
            .Distinct()
            .ToList();

        // On the timelines of initiatives and partnerships: the link to the aggregate is not shown; any other id is read as a name.
        Assert.True(unnamed.Count == 0, string.Join("; ", unnamed));
    }

    [Fact]
    public async Task A_rescheduled_implementation_period_is_kept_and_read_as_its_changed_parts()
    {
        // "Implementation period removed: 13, June 2011, June 2010" and "… added: 25, June 2012, June 2010" were read for a later end.
        var scene = await Scene.StoreAsync(fixture);
        await ScheduleAsync(scene, new DateOnly(2010, 6, 1), new DateOnly(2012, 6, 1));

        await using (var db = await fixture.CreateContextAsync())
        {
            var last = await db.History.Where(h => h.AggregateId == scene.InitiativeId.ToString() && h.RecordType == nameof(ImplementationPeriod))
                .OrderByDescending(h => h.Id).Select(h => h.ChangeSetId).FirstAsync(Token);
            var kept = await db.History.Where(h => h.ChangeSetId == last && h.RecordType == nameof(ImplementationPeriod)).ToListAsync(Token);
            Assert.All(kept, h => Assert.Equal(HistoryAction.Changed, h.Action));
            Assert.Equal(["DurationMonths", "EndMonth"], kept.Select(h => h.Field).Order(StringComparer.Ordinal));
        }

        var lines = await LinesAsync(nameof(Initiative), scene.InitiativeId);

        Assert.Contains("Implementation period: end month June 2011 → June 2012", lines);
        Assert.Contains("Implementation period: duration in months 13 → 25", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Implementation period removed", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("Implementation period added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_moved_at_both_ends_reads_its_start_before_its_end_in_the_readers_language()
    {
        var scene = await Scene.StoreAsync(fixture);
        await ScheduleAsync(scene, new DateOnly(2011, 3, 1), new DateOnly(2011, 9, 1));

        var english = (await LinesAsync(nameof(Initiative), scene.InitiativeId)).Where(l => l.StartsWith("Implementation period:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["Implementation period: start month June 2010 → March 2011", "Implementation period: end month June 2011 → September 2011", "Implementation period: duration in months 13 → 7"],
            english);
        var created = Assert.Single(await LinesAsync(nameof(Initiative), scene.InitiativeId), l => l.StartsWith("Implementation period added", StringComparison.Ordinal));
        Assert.Equal("Implementation period added: start month June 2010, end month June 2011, duration in months 13", created);

        var french = await InFrenchAsync(() => LinesAsync(nameof(Initiative), scene.InitiativeId));
        // French puts a no-break space before the colon.
        Assert.Contains("Période de mise en œuvre\u00a0: mois de début juin 2010 → mars 2011", french);
        Assert.Contains("Période de mise en œuvre\u00a0: mois de fin juin 2011 → septembre 2011", french);
    }

    [Fact]
    public async Task A_period_change_kept_as_a_removed_and_an_added_period_reads_as_its_changed_parts()
    {
        // Entries written before an owned value's change was kept as one: the whole period removed, the whole period added.
        var scene = await Scene.StoreAsync(fixture);
        var set = Guid.CreateVersion7();
        HistoryEntry Entry(HistoryAction action, string field, string? old, string? @new) => new()
        {
            ChangeSetId = set, OccurredAt = DateTimeOffset.UtcNow, UserName = "Someone", AggregateType = nameof(Initiative), AggregateId = scene.InitiativeId.ToString(),
            RecordType = nameof(ImplementationPeriod), RecordId = string.Empty, Action = action, Field = field, OldValue = old, NewValue = @new,
        };
        await using (var db = await fixture.CreateContextAsync())
        {
            db.History.AddRange(
                Entry(HistoryAction.Removed, "DurationMonths", "13", null),
                Entry(HistoryAction.Removed, "EndMonth", "2011-06-01", null),
                Entry(HistoryAction.Removed, "Note", "end of 2010", null),
                Entry(HistoryAction.Removed, "StartMonth", "2010-06-01", null),
                Entry(HistoryAction.Added, "DurationMonths", null, "25"),
                Entry(HistoryAction.Added, "EndMonth", null, "2012-06-01"),
                Entry(HistoryAction.Added, "StartMonth", null, "2010-06-01"));
            await db.SaveChangesAsync(Token);
        }

        var lines = (await fixture.Get<GetHistory>().ExecuteAsync(nameof(Initiative), scene.InitiativeId, Token)).Events[0].Lines;

        Assert.Equal(
            ["Implementation period: end month June 2011 → June 2012", "Implementation period: duration in months 13 → 25", "Implementation period: timing note end of 2010 → none"],
            lines);
    }

    private async Task ScheduleAsync(Scene scene, DateOnly start, DateOnly end)
    {
        await using var db = await fixture.CreateContextAsync();
        (await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, Token)).Schedule(ImplementationPeriod.Create(start, end, null), []);
        await db.SaveChangesAsync(Token);
    }

    private static async Task<T> InFrenchAsync<T>(Func<Task<T>> work)
    {
        var (culture, uiCulture) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr");
        try
        {
            return await work();
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task ReviseLineAsync(Scene scene, Guid contributorId, decimal total)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Token);
        initiative.FundingLines.Single().Revise(FundingSourceKind.EuProgramme, "AENEAS", contributorId, total, 800m);
        await db.SaveChangesAsync(Token);
    }

    private async Task<DateTimeOffset> ReportedAtAsync(Guid indicatorId)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.IndicatorValues.Where(v => v.IndicatorId == indicatorId).Select(v => v.ReportedAt).SingleAsync(Token);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial System.Text.RegularExpressions.Regex IsoMoment();

    private async Task<List<string>> LinesAsync(string aggregateType, Guid id) =>
        [.. (await fixture.Get<GetHistory>().ExecuteAsync(aggregateType, id, Token)).Events.SelectMany(e => e.Lines)];
}
