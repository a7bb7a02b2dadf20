using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// A refusal of a bounded size whatever was sent: the messages of at most <see cref="MaxFields"/> fields, at most
/// <see cref="MaxPerField"/> each, none repeated and none longer than <see cref="MaxMessage"/> characters; the problems
/// left out are counted (<c>moreErrors</c>) and said in <c>detail</c>. Six thousand made-up ids made an answer three
/// times the size of the request, one message per id.
/// </summary>
internal static class ProblemErrors
{
    public const int MaxFields = 20;
    public const int MaxPerField = 3;
    public const int MaxKey = 200;
    public const int MaxMessage = 1000;

    /// <summary>The member of the problem document that counts the problems not listed.</summary>
    public const string More = "moreErrors";

    public static ValidationProblem Answer(IEnumerable<(string Field, string Message)> errors, string title, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        var listed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var more = 0;
        foreach (var (field, message) in errors)
        {
            var key = Cut(field, MaxKey);
            var said = Cut(message, MaxMessage);
            if (listed.TryGetValue(key, out var messages))
            {
                if (messages.Contains(said, StringComparer.Ordinal))
                {
                    continue;
                }

                if (messages.Count < MaxPerField)
                {
                    messages.Add(said);
                    continue;
                }
            }
            else if (listed.Count < MaxFields)
            {
                listed[key] = [said];
                continue;
            }

            more++;
        }

        var shown = listed.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        return more == 0
            ? TypedResults.ValidationProblem(shown, title: title)
            : TypedResults.ValidationProblem(shown, title: title, detail: text.Counted("Api_Problem_MoreErrors", more, more), extensions: new Dictionary<string, object?> { [More] = more });
    }

    private static string Cut(string said, int most) => said.Length <= most ? said : string.Concat(said.AsSpan(0, most), "…");
}
