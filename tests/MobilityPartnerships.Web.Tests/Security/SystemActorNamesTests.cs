using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Tests.Security;

/// <summary>History and conflict messages name the app itself, when it changed data, in the page's language; people keep their names.</summary>
public sealed class SystemActorNamesTests
{
    [Fact]
    public void The_apps_own_names_read_in_French_on_French_pages()
    {
        Assert.Equal("les données de référence et de démonstration", InLanguage.Of("fr", () => SystemActor.Shown(SystemActor.ReferenceAndDemoData, Texts.Strings)));
        Assert.Equal("l'acceptation d'une invitation", InLanguage.Of("fr", () => SystemActor.Shown(SystemActor.InvitationAccepted, Texts.Strings)));
        Assert.Equal("l'authentification unique (EU Login)", InLanguage.Of("fr", () => SystemActor.Shown(SystemActor.SingleSignOn("EU Login"), Texts.Strings)));
        Assert.Equal("par les données de référence et de démonstration", InLanguage.Of("fr", () => Texts.Strings["History_By", SystemActor.Shown("Reference and demo data", Texts.Strings)].Value));
    }

    [Fact]
    public void In_English_and_for_people_the_stored_name_is_shown()
    {
        Assert.Equal("Reference and demo data", InLanguage.Of("en", () => SystemActor.Shown(SystemActor.ReferenceAndDemoData, Texts.Strings)));
        Assert.Equal("Single sign-on (EU Login)", InLanguage.Of("en", () => SystemActor.Shown(SystemActor.SingleSignOn("EU Login"), Texts.Strings)));
        Assert.Equal("Marie Dupont", InLanguage.Of("fr", () => SystemActor.Shown("Marie Dupont", Texts.Strings)));
    }
}
