using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Tests.Writing;

/// <summary>
/// Every message a validator of the app gives is its own: FluentValidation's defaults name the property as the code
/// spells it ("'Text' must be 200 characters or fewer") and follow the culture of the moment, so an API caller whose
/// account reads French got one French line among English ones.
/// </summary>
public sealed class ValidatorMessagesTests
{
    public static TheoryData<string> Validators()
    {
        var data = new TheoryData<string>();
        foreach (var type in ValidatorTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_rule_of_the_validator_gives_a_message_of_its_own(string validator)
    {
        var type = ValidatorTypes().Single(t => t.FullName == validator);
        var instance = (IValidator)Construct(type);
        var defaults = DefaultMessages(instance);

        Assert.True(defaults.Count == 0, $"{type.Name} gives FluentValidation's default messages: {string.Join("; ", defaults)}");
    }

    [Fact]
    public void Every_rule_a_field_filter_brings_to_the_scoreboard_query_gives_a_message_of_its_own()
    {
        var defaults = InitiativeFields.Filters
            .Where(f => f.Rules is not null)
            .SelectMany(f => DefaultMessages(f.Rules!).Select(d => $"{f.Name}: {d}"))
            .ToList();

        Assert.Contains(InitiativeFields.Filters, f => f.Rules is not null);
        Assert.True(defaults.Count == 0, $"Field filters give FluentValidation's default messages: {string.Join("; ", defaults)}");
    }

    [Fact]
    public void The_scoreboard_query_s_length_message_reads_the_same_whatever_the_culture_of_the_moment()
    {
        var validator = new ScoreboardQueryValidator();
        var query = new ScoreboardQuery { PartnershipId = Guid.NewGuid(), Text = new string('x', ScoreboardQuery.TextMaxLength + 1) };
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            var french = validator.Validate(query).Errors.Single().ErrorMessage;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = validator.Validate(query).Errors.Single().ErrorMessage;
            Assert.Equal(english, french);
            Assert.Equal($"At most {ScoreboardQuery.TextMaxLength} characters; this one has {ScoreboardQuery.TextMaxLength + 1}.", english);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static List<string> DefaultMessages(IValidator validator)
    {
        var defaults = new List<string>();
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
            {
                foreach (var (_, component) in member)
                {
                    if (IsDefaultMessage(component))
                    {
                        defaults.Add($"{member.Key}: {component.Validator.Name} \"{component.GetUnformattedErrorMessage()}\"");
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }

        return defaults;
    }

    /// <summary>The message is FluentValidation's own template for the check (a custom message set as a function is the app's).</summary>
    private static bool IsDefaultMessage(IRuleComponent component)
    {
        string message;
        try
        {
            message = component.GetUnformattedErrorMessage();
        }
        catch (NullReferenceException)
        {
            return false;
        }

        var key = component.ErrorCode ?? component.Validator.Name;
        var template = ValidatorOptions.Global.LanguageManager.GetString(key, CultureInfo.GetCultureInfo("en"));
        return !string.IsNullOrEmpty(template) && message == template;
    }

    private static IEnumerable<Type> ValidatorTypes() =>
        typeof(ScoreboardQueryValidator).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static object Construct(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => ArgumentFor(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? ArgumentFor(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return null;
        }

        if (type == typeof(IStringLocalizer<Strings>))
        {
            return Texts.Strings;
        }

        if (type == typeof(TimeProvider))
        {
            return TimeProvider.System;
        }

        if (type == typeof(ProductCalendar))
        {
            return new ProductCalendar(TimeProvider.System, Options.Create(new DisplayOptions()));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        throw new InvalidOperationException($"No argument of type {type} for a validator: add it here.");
    }
}
