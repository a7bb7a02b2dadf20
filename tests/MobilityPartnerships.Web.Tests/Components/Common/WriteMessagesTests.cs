using System.Globalization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Components.Common;

/// <summary>The one sentence pages show for a write that was not done.</summary>
public sealed class WriteMessagesTests
{
    public WriteMessagesTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void A_stored_write_has_nothing_to_say()
    {
        Assert.Null(WriteMessages.Of(Texts.Strings, new WriteOutcome.Done()));
        Assert.Null(WriteMessages.Of(Texts.Strings, new WriteOutcome.Created(Guid.NewGuid(), Notice: "Unchanged since version 1.")));
        Assert.Null(WriteMessages.Of(Texts.Strings, new Features.Users.Inviting.Invitation(Guid.NewGuid(), "account/accept-invitation?token=x")));
    }

    [Fact]
    public void Each_outcome_that_stored_nothing_is_told_in_its_own_words()
    {
        Assert.Equal(
            "The name is taken. The short name is too long.",
            WriteMessages.Of(Texts.Strings, new WriteOutcome.Invalid([new FieldError("Name", "The name is taken."), new FieldError("ShortName", "The short name is too long.")])));
        Assert.Equal("You may not do this.", WriteMessages.Of(Texts.Strings, new WriteOutcome.Refused("You may not do this.")));
        Assert.Equal("This record no longer exists; someone may have deleted it.", WriteMessages.Of(Texts.Strings, new WriteOutcome.NotFound()));
        Assert.Contains("MP-1234", WriteMessages.Of(Texts.Strings, new WriteOutcome.Failed("MP-1234")), StringComparison.Ordinal);
        Assert.NotEqual(
            WriteMessages.Of(Texts.Strings, new WriteOutcome.Failed("MP-1234")),
            WriteMessages.Of(Texts.Strings, new WriteOutcome.Failed("MP-1234", Unconfirmed: true)));
    }

    [Fact]
    public void Someone_saving_first_is_told_in_the_page_s_words_with_who_did_when_known()
    {
        static string Stale(string? by) => by is null ? "Someone changed it." : $"{by} changed it.";

        Assert.Equal("Ana changed it.", WriteMessages.Of(Texts.Strings, new WriteOutcome.Stale("Ana", DateTimeOffset.UnixEpoch), Stale));
        Assert.Equal("Someone changed it.", WriteMessages.Of(Texts.Strings, new WriteOutcome.Stale(null, null), Stale));
        Assert.Equal(
            "Someone else changed this after you opened it; nothing was written. The page now shows what is stored; please check and try again.",
            WriteMessages.Of(Texts.Strings, new WriteOutcome.Stale(null, null)));
    }
}
