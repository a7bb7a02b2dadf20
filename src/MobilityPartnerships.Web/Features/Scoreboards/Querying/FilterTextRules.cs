using System.Globalization;
using FluentValidation;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>The rule on a scoreboard filter's text, whoever builds the query.</summary>
internal static class FilterTextRules
{
    /// <summary>
    /// A filter's text within <paramref name="maxLength"/> characters as the database counts them (an emoji is one), as
    /// every reader of a filter's text counts them (<see cref="Components.Common.AddressValue.FilterText(string?, int, out Components.Common.FilterTextProblem?)"/>).
    /// </summary>
    internal static void MostCharacters<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength) =>
        rule.Must(text => TextCharacters.Count(text) <= maxLength)
            .WithMessage((_, text) => string.Create(CultureInfo.InvariantCulture, $"At most {maxLength} characters; this one has {TextCharacters.Count(text)}."));
}
