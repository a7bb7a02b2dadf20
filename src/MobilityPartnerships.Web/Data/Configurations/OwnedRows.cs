using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilityPartnerships.Web.Data.Configurations;

/// <summary>A collection an aggregate owns, kept in a table of its own: each row keyed by a generated "id" and pointing at its owner.</summary>
internal static class OwnedRows
{
    public static OwnedNavigationBuilder<TOwner, TRow> InTable<TOwner, TRow>(this OwnedNavigationBuilder<TOwner, TRow> rows, string table, string ownerKey)
        where TOwner : class
        where TRow : class
    {
        rows.ToTable(table);
        rows.WithOwner().HasForeignKey(ownerKey);
        rows.Property<int>("id");
        rows.HasKey("id");
        return rows;
    }
}
