using System.Reflection;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Tests.Initiatives.Fields;

/// <summary>
/// The catalogue of an initiative's fields stays complete: a new domain property, draft property or field value
/// without an entry fails here, so a field cannot be added to one place and forgotten in the others.
/// </summary>
public sealed class InitiativeFieldsTests
{
    // Not fields: identity, the link to the owner, the row version.
    private static readonly HashSet<string> Identity = ["Id", "InitiativeId", "PartnershipId", "Version"];

    // Public properties deliberately in no entry, each with its reason.
    private static readonly Dictionary<string, string> NotFields = new()
    {
        ["Initiative.TotalBudget"] = "derived: the sum of its funding lines' budgets (covered by the funding lines entry)",
        ["Initiative.EuContribution"] = "derived: the sum of its funding lines' EU contributions (covered by the funding lines entry)",
        ["Indicator.Baseline"] = "derived: BaselineValue with BaselineDate",
        ["Indicator.Target"] = "derived: TargetValue with TargetDate",
        ["Indicator.Direction"] = "derived: from BaselineValue and TargetValue",
        ["Initiative.IsArchived"] = "the record's state, not one of its fields: set by archiving and restoring, never edited, compared or exported",
    };

    // The fields whose columns the import reads with the row's other cells rather than each on its own (each entry says why):
    // names looked up (organisations, thematic areas, the partnership's priorities and commitments) and combined cells.
    private static readonly InitiativeField[] ReadTogether =
    [
        InitiativeField.ReferenceCode, InitiativeField.Title, InitiativeField.ThematicAreas, InitiativeField.Lead, InitiativeField.ResponsibleService,
        InitiativeField.Period, InitiativeField.Commitment, InitiativeField.Priority, InitiativeField.Partners, InitiativeField.FundingLines,
    ];

    [Fact]
    public void Every_public_property_of_an_initiative_and_its_parts_is_in_an_entry()
    {
        var covered = InitiativeFields.All.SelectMany(e => e.Members).ToHashSet();
        var missing = DomainMembers().Where(m => !covered.Contains(m) && !NotFields.ContainsKey(m)).ToList();
        Assert.True(missing.Count == 0, "In no entry of InitiativeFields: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_member_an_entry_names_exists()
    {
        var members = DomainMembers().ToHashSet();
        Assert.All(InitiativeFields.All.SelectMany(e => e.Members), member => Assert.Contains(member, members));
        Assert.All(NotFields.Keys, member => Assert.Contains(member, members));
    }

    [Fact]
    public void Every_entry_has_every_part()
    {
        foreach (var entry in InitiativeFields.All)
        {
            Assert.False(Texts.Strings[entry.LabelKey].ResourceNotFound, $"{entry.Field}: no text {entry.LabelKey}");
            Assert.NotEmpty(entry.Members);
            Assert.NotEmpty(entry.Draft.Properties);
            Assert.NotNull(entry.Draft.Read);
            Assert.NotNull(entry.Draft.Same);
            Assert.NotNull(entry.Draft.Merge);
            Assert.True(entry.Draft.Load is not null != entry.Stored.Count > 0, $"{entry.Field}: the edit form's draft loads it from the aggregate by its draft part or by its stored values, one of the two");
            Assert.NotNull(entry.Words);
            Assert.True(entry.Details.Count > 0 != entry.DetailsShownIn is not null, $"{entry.Field}: on the details page either as facts or elsewhere, said once");
            Assert.All(entry.Details, row => Assert.False(Texts.Strings[row.LabelKey].ResourceNotFound, $"{entry.Field}: no text {row.LabelKey}"));
            Assert.True(entry.SheetColumns.Count > 0 || !string.IsNullOrWhiteSpace(entry.NotExportedBecause), $"{entry.Field}: no column and no reason it is not exported");
            Assert.True(entry.SheetColumns.Count == 0 || entry.NotExportedBecause is null, $"{entry.Field}: has columns yet says it is not exported");
            Assert.True(entry.Compared.Count > 0 || entry.KeptInVersions || !string.IsNullOrWhiteSpace(entry.NotPublishedBecause), $"{entry.Field}: no published field, no kept fact and no reason it is not published");
            Assert.True(!entry.KeptInVersions || (entry.Stored.Count > 0 && entry.Compared.Count == 0 && entry.NotPublishedBecause is null), $"{entry.Field}: kept in versions as facts, so by its stored texts alone");
            Assert.All(entry.Compared, c => Assert.True(c.Read is not null, $"{entry.Field}: {c.Field} is compared in published versions, so it is read from them"));
            Assert.All(entry.Compared, c => Assert.False(Texts.Strings[c.LabelKey].ResourceNotFound, $"{entry.Field}: no text {c.LabelKey}"));
            Assert.True(entry.Api.Count > 0 != entry.Stored.Count > 0, $"{entry.Field}: carried in the API by members of its own or by its stored values, one of the two");
            Assert.All(entry.Api.Concat<ApiMember>(entry.ApiInRow).Concat(entry.ApiInVersion), m => Assert.False(string.IsNullOrWhiteSpace(m.Description), $"{entry.Field}: its API member {m.Name} says nothing of what it holds"));
            Assert.True(entry.ApiInVersion.Count > 0 == entry.Compared.Count > 0, $"{entry.Field}: a published version's row in the API carries it exactly when versions keep it as a compared field");
            Assert.True(entry.GridColumns.Count == 0 || entry.ApiInRow.Count > 0, $"{entry.Field}: a column of the scoreboard's grid, yet a row in the API does not carry it");
            Assert.All(entry.Stored, t => Assert.Contains(t.Column, entry.SheetColumns.Select(c => c.Column)));
            Assert.All(entry.Stored, t => Assert.Contains($"{nameof(Initiative)}.{t.Name}", entry.Members));
            Assert.All(entry.Stored, t => Assert.Contains(t.Name, entry.Draft.Properties));
            Assert.All(entry.Stored, t => Assert.Contains(new HistoryField(nameof(Initiative), t.Name), entry.History));
            Assert.True(entry.Paragraph is null || entry.DetailsShownIn is not null, $"{entry.Field}: a paragraph on the details page says where it is shown");
            Assert.True(entry.Paragraph is null || !Texts.Strings[entry.Paragraph.LabelKey].ResourceNotFound, $"{entry.Field}: no text for its paragraph");
            Assert.NotEmpty(entry.History);
        }
    }

    [Fact]
    public void The_details_page_lists_the_facts_in_their_places()
    {
        Assert.Equal(Enumerable.Range(1, InitiativeFields.DetailsFacts.Count), InitiativeFields.DetailsFacts.Select(r => r.Position));
        Assert.Equal(
            ["Reference", "Thematic area", "Lead partner", "Participating partners", "Implementing partners", "Responsible Commission service", "Implementation period", "Implementation period as announced", "Location", "New or already planned", "Serves the partner country's priority", "Carries out commitment", "Source document", "Part of a Team Europe Initiative"],
            InitiativeFields.DetailsFacts.Select(r => Texts.Strings[r.LabelKey].Value));
    }

    [Fact]
    public void Entries_follow_the_order_of_the_fields_and_hold_each_once()
    {
        Assert.Equal(Enum.GetValues<InitiativeField>(), InitiativeFields.All.Select(e => e.Field));
    }

    [Fact]
    public void Every_compared_field_is_in_exactly_one_entry() =>
        Assert.All(Enum.GetValues<ComparedField>().Where(f => f != ComparedField.Fact), field => Assert.Single(InitiativeFields.All, e => e.Compared.Any(c => c.Field == field)));

    [Fact]
    public void Every_stored_value_is_a_property_of_its_kind_on_the_aggregate_and_the_draft_with_a_column_of_its_own()
    {
        Assert.Equal(InitiativeFields.StoredValues.Count, InitiativeFields.StoredValues.Select(t => t.Name).Distinct().Count());
        Assert.All(InitiativeFields.StoredValues, t =>
        {
            // The kind's type: StoredText is a StoredValue<string?>, StoredYesNo a StoredValue<bool?>.
            var type = t.GetType().BaseType!.GetGenericArguments().Single();
            Assert.Equal(type, typeof(Initiative).GetProperty(t.Name)?.PropertyType);
            Assert.Equal(type, typeof(InitiativeDraft).GetProperty(t.Name)?.PropertyType);
            Assert.False(Texts.Strings[t.LabelKey].ResourceNotFound, $"no text {t.LabelKey}");
            Assert.All(t.Header.Both, header => Assert.Equal(t.Column, InitiativeColumns.Recognise(header)));
            Assert.All(t.Aliases, alias => Assert.Equal(t.Column, InitiativeColumns.Recognise(alias)));
            Assert.Contains(t.Column, InitiativeColumns.Exported);
            Assert.Same(t, InitiativeFields.StoredIn(t.Column));
        });
    }

    [Fact]
    public void A_stored_value_set_on_the_draft_is_read_back_from_it_and_kept_in_a_version_as_it_was()
    {
        Assert.All(InitiativeFields.StoredValues, t =>
        {
            var draft = new InitiativeDraft();
            object stated;
            switch (t)
            {
                case StoredText text:
                    text.Set(draft, "stated");
                    stated = "stated";
                    break;
                case StoredYesNo yesNo:
                    yesNo.Set(draft, false);
                    stated = false;
                    break;
                default:
                    throw new InvalidOperationException($"No value to try for a {t.GetType().Name}: add one.");
            }

            Assert.Equal(stated, t.ValueIn(draft));
            Assert.Equal(stated, typeof(InitiativeDraft).GetProperty(t.Name)!.GetValue(draft));
            Assert.Equal(stated, t.FromFact(t.Fact(stated)));
            Assert.Null(t.FromFact(t.Fact(null)));
            Assert.Equal(string.Empty, t.Fact(null));
        });
    }

    [Fact]
    public void Every_text_box_of_the_form_edits_a_text_property_of_its_entrys_draft_with_its_label_and_hint()
    {
        foreach (var entry in InitiativeFields.All)
        {
            foreach (var box in entry.Stored.Select(s => s.Input).Append(entry.Box).OfType<TextBox>())
            {
                var property = typeof(InitiativeDraft).GetProperty(box.Property);
                Assert.True(property?.PropertyType == typeof(string), $"{entry.Field}: the draft has no text {box.Property}");
                Assert.Contains(box.Property, entry.Draft.Properties);
                var draft = new InitiativeDraft();
                box.Set(draft, "Written in the box");
                Assert.Equal(("Written in the box", "Written in the box"), (box.Get(draft), (string?)property!.GetValue(draft)));
                Assert.False(Texts.Strings[box.LabelKey].ResourceNotFound, $"{entry.Field}: no text {box.LabelKey}");
                Assert.True(box.Place.HintKey is null || !Texts.Strings[box.Place.HintKey].ResourceNotFound, $"{entry.Field}: no text {box.Place.HintKey}");
                Assert.InRange(box.Place.Lines, 1, 10);
            }
        }

        Assert.Equal(
            [nameof(InitiativeDraft.SecondLanguageTitle), nameof(InitiativeDraft.Summary), nameof(InitiativeDraft.ExpectedResults)],
            InitiativeFields.InputsIn(FormSection.Description).OfType<TextBox>().Select(b => b.Property));
        Assert.Equal([nameof(InitiativeDraft.Source)], InitiativeFields.InputsIn(FormSection.Situation).OfType<TextBox>().Select(b => b.Property));
    }

    [Fact]
    public void Every_scoreboard_column_is_in_exactly_one_grid_column_of_one_entry()
    {
        Assert.All(Enum.GetValues<ScoreboardColumn>(), column => Assert.Single(InitiativeFields.All, e => e.GridColumns.Any(g => g.Column == column)));
        Assert.All(Enum.GetValues<ScoreboardColumn>(), column => Assert.Single(InitiativeFields.GridColumns, g => g.Column == column));
        Assert.Equal(Enum.GetValues<ScoreboardColumn>().Length, InitiativeFields.GridColumns.Count);
    }

    [Fact]
    public void Every_grid_column_has_a_place_of_its_own_a_header_in_both_languages_and_exported_sheet_columns()
    {
        var places = InitiativeFields.GridColumns.Select(g => g.Position).Concat([ScoreboardGrid.TitlePosition, ScoreboardGrid.IndicatorsPosition]).ToList();
        Assert.Equal(places.Count, places.Distinct().Count());
        Assert.Equal(InitiativeFields.GridColumns.Select(g => g.Position).Order(), InitiativeFields.GridColumns.Select(g => g.Position));
        var french = new System.Resources.ResourceManager(typeof(Strings)).GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo("fr"), createIfNotExists: true, tryParents: false);
        Assert.NotNull(french);
        Assert.All(InitiativeFields.GridColumns, g =>
        {
            Assert.False(Texts.Strings[g.LabelKey].ResourceNotFound, $"{g.Column}: no text {g.LabelKey}");
            Assert.False(string.IsNullOrEmpty(french.GetString(g.LabelKey)), $"{g.Column}: no French text {g.LabelKey}");
            Assert.NotEmpty(g.Exported);
            Assert.All(g.Exported, c => Assert.Contains(c, InitiativeColumns.Exported));
        });
        var exported = InitiativeFields.GridColumns.SelectMany(g => g.Exported).ToList();
        Assert.Equal(exported.Count, exported.Distinct().Count());
    }

    [Fact]
    public void Every_sheet_column_is_in_at_most_one_entry() =>
        Assert.All(Enum.GetValues<InitiativeColumn>(), column => Assert.True(InitiativeFields.All.Count(e => e.SheetColumns.Any(c => c.Column == column)) <= 1, $"{column} is in several entries"));

    [Fact]
    public void Every_exported_column_is_in_an_entry() =>
        Assert.All(InitiativeColumns.Exported, column => Assert.Single(InitiativeFields.All, e => e.SheetColumns.Any(c => c.Column == column)));

    [Fact]
    public void Every_exported_column_and_no_other_has_a_writer_in_its_entry()
    {
        var written = InitiativeFields.All.SelectMany(e => e.SheetColumns).Where(c => c.Write is not null).Select(c => c.Column).ToList();
        var missing = InitiativeColumns.Exported.Except(written).ToList();
        Assert.True(missing.Count == 0, "Exported without a writer in the catalogue: " + string.Join(", ", missing));
        Assert.Equal(InitiativeColumns.Exported.Order(), written.Order());
    }

    [Fact]
    public void Every_sheet_column_of_an_entry_declares_its_headers_and_every_draft_property_of_its_entry_is_reported_at_one_of_them()
    {
        foreach (var entry in InitiativeFields.All.Where(e => e.SheetColumns.Count > 0))
        {
            foreach (var column in entry.SheetColumns)
            {
                Assert.False(string.IsNullOrWhiteSpace(column.Header.English), $"{column.Column}: no English header");
                Assert.False(string.IsNullOrWhiteSpace(column.Header.French), $"{column.Column}: no French header");
                Assert.All(column.Header.Both.Concat(column.Aliases), name => Assert.Equal(column.Column, InitiativeColumns.Recognise(name)));
                Assert.All(column.Reports, reported => Assert.True(IsPropertyOf(entry, reported), $"{column.Column} reports {reported}, which is not a draft property of {entry.Field} nor of its items"));
            }

            var reports = entry.SheetColumns.SelectMany(c => c.Reports).ToList();
            Assert.All(entry.Draft.Properties, property => Assert.True(
                reports.Count(r => r == property || r == SheetColumn.AnyOf(property)) == 1,
                $"{entry.Field}: the import reports the messages of {property} at none of its columns, or at several"));
            Assert.All(entry.Draft.Properties, property => Assert.Contains(InitiativeFields.ReportedAt(property), entry.SheetColumns.Select(c => c.Column)));
        }

        var everyReport = InitiativeFields.SheetColumns.SelectMany(c => c.Reports).ToList();
        Assert.Equal(everyReport.Count, everyReport.Distinct().Count());
    }

    [Fact]
    public void A_message_about_a_field_without_sheet_columns_is_reported_at_the_title()
    {
        Assert.Equal(InitiativeColumn.Title, InitiativeFields.ColumnOfOtherMessages);
        Assert.All(
            InitiativeFields.All.Where(e => e.SheetColumns.Count == 0).SelectMany(e => e.Draft.Properties),
            property => Assert.Equal(InitiativeFields.ColumnOfOtherMessages, InitiativeFields.ReportedAt(property)));
    }

    [Fact]
    public void Every_exported_column_has_a_place_of_its_own_and_every_combined_column_stands_for_exported_columns_of_its_entry()
    {
        Assert.All(InitiativeFields.SheetColumns, c => Assert.True(c.ExportedAt is not null == c.Write is not null, $"{c.Column}: an export writes it exactly when it has a place in the export"));
        Assert.Equal(Enumerable.Range(1, InitiativeColumns.Exported.Count), InitiativeFields.SheetColumns.Select(c => c.ExportedAt).OfType<int>().Order());
        foreach (var entry in InitiativeFields.All)
        {
            foreach (var combined in entry.SheetColumns.Where(c => c.StandsFor.Count > 0))
            {
                Assert.Null(combined.ExportedAt);
                Assert.Empty(combined.Reports);
                Assert.All(combined.StandsFor, own => Assert.Contains(entry.SheetColumns, c => c.Column == own && c.ExportedAt is not null));
                Assert.All(combined.StandsFor, own => Assert.Equal(combined.Column, InitiativeFields.CombinedFor(own)));
            }
        }

        var stoodFor = InitiativeFields.SheetColumns.SelectMany(c => c.StandsFor).ToList();
        Assert.Equal(stoodFor.Count, stoodFor.Distinct().Count());
    }

    [Fact]
    public void The_fields_whose_columns_are_read_together_are_these_each_with_its_reason()
    {
        var together = InitiativeFields.All.Where(e => e.ReadTogether is not null).ToList();
        Assert.Equal(ReadTogether, together.Select(e => e.Field));
        Assert.All(together, e => Assert.False(string.IsNullOrWhiteSpace(e.ReadTogether!.Because), $"{e.Field}: read together without a reason"));
    }

    [Fact]
    public void Every_column_of_a_field_read_cell_by_cell_has_a_reading_and_every_draft_property_is_read()
    {
        foreach (var entry in InitiativeFields.All.Where(e => e.ReadTogether is null && e.SheetColumns.Count > 0))
        {
            foreach (var column in entry.SheetColumns)
            {
                Assert.True(column.Read is not null, $"{entry.Field}: the import has no reading of the column {column.Column}");
                Assert.True(entry.Draft.Properties.Contains(column.Read!.Property), $"{entry.Field}: the column {column.Column} is read into {column.Read.Property}, not a property of the field");
            }

            var read = entry.SheetColumns.Select(c => c.Read!.Property).ToList();
            Assert.True(read.Count == read.Distinct().Count(), $"{entry.Field}: two columns are read into the same property");
            Assert.True(entry.Draft.Properties.All(read.Contains), $"{entry.Field}: a draft property no column reads: " + string.Join(", ", entry.Draft.Properties.Except(read)));
        }

        // Columns an entry reads together may still have readings of their own (the period's months), each into the entry's draft.
        Assert.All(
            InitiativeFields.All.SelectMany(e => e.SheetColumns.Where(c => c.Read is not null).Select(c => (e, c))),
            x => Assert.True(x.e.Draft.Properties.Contains(x.c.Read!.Property), $"{x.e.Field}: the column {x.c.Column} is read into {x.c.Read!.Property}, not a property of the field"));
    }

    [Fact]
    public void Every_property_of_the_draft_is_in_exactly_one_entry()
    {
        var properties = typeof(InitiativeDraft).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        Assert.All(properties, property => Assert.Single(InitiativeFields.All, e => e.Draft.Properties.Contains(property)));
    }

    [Fact]
    public void Every_history_field_is_a_member_of_an_entry_and_named_once()
    {
        var history = InitiativeFields.All.SelectMany(e => e.History.Select(h => (Entry: e, h.Record, h.Field))).ToList();
        Assert.Equal(history.Count, history.Select(h => (h.Record, h.Field)).Distinct().Count());
        Assert.All(history, h => Assert.True(h.Record == nameof(InitiativeThematicArea) || h.Entry.Members.Contains($"{h.Record}.{h.Field}"), $"{h.Record}.{h.Field} is not a member of {h.Entry.Field}"));
    }

    [Fact]
    public void A_change_to_an_entrys_draft_properties_is_a_difference_in_that_field_alone_and_overwrite_applies_it()
    {
        foreach (var entry in InitiativeFields.All)
        {
            foreach (var property in entry.Draft.Properties)
            {
                var original = new InitiativeDraft { Title = "Training of border guards", PeriodNote = "from spring" };
                var mine = original.Copy();
                Change(mine, typeof(InitiativeDraft).GetProperty(property)!);

                Assert.Equal([entry.Field], InitiativeDraftComparison.Differences(original, mine));
                var merged = InitiativeDraftMerge.Overwrite(original, mine, original.Copy());
                Assert.Empty(InitiativeDraftComparison.Differences(mine, merged));
            }
        }
    }

    /// <summary>Whether a column's reported name is a draft property of the entry ("Summary"), a collection of it ("Partners[]") or a property of its items ("FundingLines[].TotalBudget").</summary>
    private static bool IsPropertyOf(InitiativeFieldEntry entry, string reported) => entry.Draft.Properties.Any(property =>
        reported == property
        || reported == SheetColumn.AnyOf(property)
        || (reported.StartsWith(SheetColumn.AnyOf(property) + ".", StringComparison.Ordinal)
            && typeof(InitiativeDraft).GetProperty(property)?.PropertyType is { IsGenericType: true } list
            && list.GetGenericArguments()[0].GetProperty(reported[(SheetColumn.AnyOf(property).Length + 1)..]) is not null));

    private static void Change(InitiativeDraft draft, PropertyInfo property)
    {
        var type = property.PropertyType;
        var current = property.GetValue(draft);
        object changed = (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => current + " changed",
            var t when t == typeof(Guid) => Guid.NewGuid(),
            var t when t == typeof(DateOnly) => new DateOnly(2031, 3, 1),
            var t when t == typeof(int) => 17,
            var t when t == typeof(bool) => current is not true,
            var t when t.IsEnum => Enum.GetValues(t).Cast<object>().First(v => !v.Equals(current)),
            var t when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) => WithOneMore(current!, t.GetGenericArguments()[0]),
            var t => throw new InvalidOperationException($"No way to change a {t.Name} in this test"),
        };
        property.SetValue(draft, changed);
    }

    private static object WithOneMore(object list, Type item)
    {
        var copy = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item), list)!;
        copy.Add(item == typeof(Guid) ? Guid.NewGuid() : Activator.CreateInstance(item));
        return copy;
    }

    /// <summary>"Type.Property" for every public instance property reachable from <see cref="Initiative"/> in the domain assembly, identity left out; the parts of what is no field are not followed.</summary>
    private static IEnumerable<string> DomainMembers()
    {
        var domain = typeof(Initiative).Assembly;
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(Initiative)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = $"{type.Name}.{property.Name}";
                if (Identity.Contains(property.Name))
                {
                    continue;
                }

                yield return name;
                if (NotFields.ContainsKey(name))
                {
                    continue;
                }

                var part = ElementOf(property.PropertyType);
                if (part.Assembly == domain && part.IsClass)
                {
                    pending.Enqueue(part);
                }
            }
        }
    }

    private static Type ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
}
