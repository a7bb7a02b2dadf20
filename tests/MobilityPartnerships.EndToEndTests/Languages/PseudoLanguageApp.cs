namespace MobilityPartnerships.EndToEndTests.Languages;

/// <summary>The app as <see cref="AppFixture"/> starts it, speaking <see cref="PseudoLanguage"/>.</summary>
public sealed class PseudoLanguageApp : AppFixture
{
    public PseudoLanguageApp()
        : base(PseudoLanguage.Use)
    {
    }
}
