using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A message a field shows is read out with the field. MudBlazor names a message in the input's aria-describedby only
/// when it comes from its own validation (For, with the form's messages); a message given as ErrorText (the number,
/// amount and date fields, a select whose messages the page gathers) is linked only through ErrorId. Without it, a
/// screen reader hears "invalid" and never the reason: the amount fields' "'12abc' is not a number" was so.
/// </summary>
public sealed partial class FieldMessagesAreReadGuardTests
{
    [Fact]
    public void Every_field_given_its_message_names_the_message_element()
    {
        var fields = (
            from file in WebSourceFiles.All()
            where file.Relative.EndsWith(".razor", StringComparison.Ordinal)
            from Match message in ErrorText().Matches(file.Text)
            select (file.Relative, Tag: TagAround(file.Text, message.Index))).ToList();

        Assert.NotEmpty(fields);
        var unread = fields.Where(f => !ErrorId().IsMatch(f.Tag)).Select(f => $"{f.Relative}: {f.Tag}").ToList();
        Assert.True(unread.Count == 0, "Fields whose message no aria-describedby names (give them ErrorId):\n" + string.Join('\n', unread));
    }

    /// <summary>The component tag an attribute stands in: from its opening "&lt;" to the next element.</summary>
    private static string TagAround(string text, int at)
    {
        var start = text.LastIndexOf('<', at);
        var end = text.IndexOf('<', at);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    [GeneratedRegex(@"\sErrorText=""")]
    private static partial Regex ErrorText();

    [GeneratedRegex(@"\sErrorId=""[^""]+""")]
    private static partial Regex ErrorId();
}
