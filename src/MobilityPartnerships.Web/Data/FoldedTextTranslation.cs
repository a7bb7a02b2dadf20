using Microsoft.EntityFrameworkCore;

namespace MobilityPartnerships.Web.Data;

/// <summary>Has <see cref="FoldedText.Of"/> in a query call the database's function that folds text (<c>public.mp_fold_text</c>).</summary>
internal static class FoldedTextTranslation
{
    public static ModelBuilder MapFoldedText(this ModelBuilder builder)
    {
        builder.HasDbFunction(() => FoldedText.Of(default!)).HasName(FoldedText.Function).HasSchema("public");
        return builder;
    }
}
