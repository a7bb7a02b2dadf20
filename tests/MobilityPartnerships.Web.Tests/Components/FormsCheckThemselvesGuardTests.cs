using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A form's messages are the app's, at the field, in the page's language: no form leaves a check to the browser. An
/// e-mail field (type=email) left to the browser refuses on its own, in the browser's language, what the app stored
/// (an address from the API, an old row), and the form could not be saved. Every edit form carries novalidate.
/// </summary>
public sealed partial class FormsCheckThemselvesGuardTests
{
    [Fact]
    public void Every_edit_form_leaves_no_check_to_the_browser()
    {
        var forms = (
            from file in WebSourceFiles.All()
            where file.Relative.EndsWith(".razor", StringComparison.Ordinal)
            from Match form in EditFormTag().Matches(file.Text)
            select (file.Relative, Tag: form.Value)).ToList();

        Assert.NotEmpty(forms);
        var leaning = forms.Where(f => !NoValidate().IsMatch(f.Tag)).Select(f => $"{f.Relative}: {f.Tag}").ToList();
        Assert.True(leaning.Count == 0, "Edit forms without novalidate:\n" + string.Join('\n', leaning));
    }

    [GeneratedRegex(@"<EditForm\b[^>]*>")]
    private static partial Regex EditFormTag();

    [GeneratedRegex(@"\snovalidate\b")]
    private static partial Regex NoValidate();
}
