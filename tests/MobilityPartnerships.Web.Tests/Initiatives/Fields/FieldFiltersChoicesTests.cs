using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Initiatives.Fields;

/// <summary>
/// An id or text filter's choices are declared with the filter, in its catalogue entry (<see cref="FieldFilter.Choices"/>):
/// the options' query and record draw and hold every filter's the same way and name none, so that a new filterable field
/// touches only its entry. (IntegrationTests' <c>ScoreboardFilterOptionsTests</c> checks what each draws.)
/// </summary>
public sealed partial class FieldFiltersChoicesTests
{
    private static readonly string[] OptionsFiles =
    [
        Path.Combine("Features", "Scoreboards", "FilterOptions", "GetScoreboardFilterOptions.cs"),
        Path.Combine("Features", "Scoreboards", "Querying", "ScoreboardFilterOptions.cs"),
    ];

    /// <summary>As Blazor keeps persisted component state: System.Text.Json with the web defaults.</summary>
    private static readonly JsonSerializerOptions PersistedState = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Choices_drawn_by_use_are_offered_by_letter_whatever_the_accents_and_case()
    {
        string[] names = ["Zambie", "Égypte", "Zone franche", "État de Palestine", "emploi", "Éducation"];
        var rows = names.Select((name, at) => new ChoiceRow { Id = Guid.NewGuid(), Name = name, Position = at, Uses = 1 }).ToList();

        var offered = InLanguage.Of("fr", () => FilterChoices.ByUse(_ => throw new InvalidOperationException()).Arrange(rows).Select(c => c.Name).ToList());

        Assert.Equal(["Éducation", "Égypte", "emploi", "État de Palestine", "Zambie", "Zone franche"], offered);
    }

    [Fact]
    public void Every_id_or_text_filter_declares_how_its_choices_are_drawn_and_a_choice_of_an_enum_offers_its_members()
    {
        Assert.All(InitiativeFields.Filters, filter =>
        {
            if (filter.ValueType.IsEnum)
            {
                Assert.Null(filter.Choices);
            }
            else
            {
                Assert.True(filter.Choices?.Draw is not null, $"{filter.Name}: its declaration draws no choices (FilterChoices.ByUse/AsListed/ByPosition)");
                Assert.True(Enum.IsDefined(filter.Choices.Order), filter.Name);
            }
        });
        Assert.Contains(InitiativeFields.Filters, f => f.Choices is not null);
    }

    [Fact]
    public void The_options_record_holds_every_filter_s_choices_under_its_name_with_no_property_of_its_own_per_filter()
    {
        var properties = typeof(ScoreboardFilterOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .ToList();

        // Each filter's choices, and each cut filter's number of values, under the filter's name.
        Assert.Equal(
            [typeof(IReadOnlyDictionary<string, IReadOnlyList<FilterChoice>>), typeof(IReadOnlyDictionary<string, int>)],
            properties.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.PropertyType));
        Assert.Equal(
            [typeof(IReadOnlyDictionary<string, IReadOnlyList<FilterChoice>>), typeof(IReadOnlyDictionary<string, int>)],
            Assert.Single(typeof(ScoreboardFilterOptions).GetConstructors()).GetParameters().Select(p => p.ParameterType));
    }

    [Fact]
    public void The_options_query_and_record_name_no_filter_and_read_no_table_but_the_kept_choices()
    {
        var words = InitiativeFields.Filters.SelectMany(f => new[] { f.Name, f.Address, f.Property }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tables = typeof(AppDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>) && p.Name != nameof(AppDbContext.PartnershipChoices))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains(nameof(AppDbContext.ThematicAreas), tables);

        foreach (var file in OptionsFiles)
        {
            var code = Code(File.ReadAllText(Path.Combine(WebSourceFiles.Project, file)));
            var named = Word().Matches(code).Select(m => m.Value).ToList();
            Assert.True(named.Count > 20, $"{file} was read: {named.Count} words");
            Assert.Empty(named.Where(words.Contains).Distinct(StringComparer.OrdinalIgnoreCase));
            Assert.Empty(named.Where(tables.Contains).Distinct(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_choices_read_back_from_the_prerendered_page_s_state_as_they_were_written()
    {
        var options = new ScoreboardFilterOptions(InitiativeFields.Filters.Where(f => f.Choices is not null).ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<FilterChoice>)[f.ValueType == typeof(Guid) ? new(Guid.NewGuid(), $"{f.Name} «1»") : new(null, $"{f.Name} «1»"), new(f.ValueType == typeof(Guid) ? Guid.NewGuid() : null, "Ä second")],
            StringComparer.Ordinal),
            new Dictionary<string, int>(StringComparer.Ordinal) { [InitiativeFields.Filters.First(f => f.Choices is not null).Name] = 3_060 });

        var json = JsonSerializer.Serialize(options, PersistedState);
        var read = JsonSerializer.Deserialize<ScoreboardFilterOptions>(json, PersistedState);

        Assert.NotNull(read);
        Assert.All(InitiativeFields.Filters, filter =>
        {
            Assert.Equal(options.Of(filter), read.Of(filter));
            Assert.Equal(filter.Options(options, Texts.Strings), filter.Options(read, Texts.Strings));
        });
        Assert.Equal(options.Choices.Keys.Order(StringComparer.Ordinal), read.Choices.Keys.Order(StringComparer.Ordinal));
        Assert.All(InitiativeFields.Filters, filter => Assert.Equal(options.CountOf(filter), read.CountOf(filter)));
    }

    /// <summary>The code without its comments: what the file names, not what it says.</summary>
    /// <summary>The code without its comments and its using directives (namespaces, not tables).</summary>
    private static string Code(string text) => CommentOrUsing().Replace(text, " ");

    [GeneratedRegex(@"//[^\n]*|^using [^\n]*", RegexOptions.Multiline)]
    private static partial Regex CommentOrUsing();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();
}
