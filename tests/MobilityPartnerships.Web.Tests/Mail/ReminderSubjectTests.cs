using MobilityPartnerships.Web.Features.Mail.Reminders;

namespace MobilityPartnerships.Web.Tests.Mail;

/// <summary>A reminder's subject counts each kind of item in words that agree with the number.</summary>
public sealed class ReminderSubjectTests
{
    [Fact]
    public void One_item_is_counted_in_the_singular_and_several_in_the_plural()
    {
        var one = new PersonsItems([Initiative()], [Meeting(), Meeting(), Meeting()]);
        var several = new PersonsItems([Initiative(), Initiative(), Initiative()], [Meeting()]) { ActionPoints = [ActionPoint()] };

        Assert.Equal("Reminder: 1 initiative needs an update, 3 meetings coming", ComposeReminders.Subject(Texts.Strings, one));
        Assert.Equal("Reminder: 3 initiatives need an update, 1 action point is yours, 1 meeting coming", ComposeReminders.Subject(Texts.Strings, several));
    }

    [Fact]
    public void The_subject_counts_every_item_not_only_the_first_the_message_lists()
    {
        var many = new PersonsItems([Initiative(), Initiative()], []) { NeedUpdateCount = 10_001, IndicatorsDue = [Indicator()], IndicatorsDueCount = 205 };

        Assert.Equal("Reminder: 10,001 initiatives need an update, 205 indicator values are due", ComposeReminders.Subject(Texts.Strings, many));
        Assert.False(many.IsEmpty);
    }

    [Fact]
    public void A_kind_of_item_there_is_none_of_is_left_out()
    {
        Assert.Equal("Reminder: 2 meetings coming", ComposeReminders.Subject(Texts.Strings, new PersonsItems([], [Meeting(), Meeting()])));
    }

    private static PersonsInitiative Initiative() => new(Guid.NewGuid(), "Initiative", Guid.Empty, "Partnership", null);

    private static PersonsMeeting Meeting() => new(Guid.NewGuid(), "Task force", new DateOnly(2026, 6, 1), Guid.Empty, "Partnership");

    private static PersonsIndicatorDue Indicator() => new(Guid.NewGuid(), "Initiative", "People trained", Guid.Empty, "Partnership");

    private static PersonsActionPoint ActionPoint() => new(Guid.NewGuid(), "Task force", "Send the list", new DateOnly(2026, 6, 1), false, Guid.Empty, "Partnership");
}
