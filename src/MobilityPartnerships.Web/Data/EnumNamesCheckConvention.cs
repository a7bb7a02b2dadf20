using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Every enum stored by name gets a check constraint <c>ck_&lt;table&gt;_&lt;column&gt;_known</c> listing its
/// members' names, so SQL cannot store text the app cannot read back (decision 0002). A nullable column still
/// holds null: a check on null is not false. The names are part of the model, so a new member needs a migration.
/// </summary>
internal sealed class EnumNamesCheckConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            if (StoreObjectIdentifier.Create(entityType, StoreObjectType.Table) is not { } table)
            {
                continue;
            }

            foreach (var property in entityType.GetDeclaredProperties())
            {
                var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!enumType.IsEnum || StoredAs(property) != typeof(string) || property.GetColumnName(table) is not { } column)
                {
                    continue;
                }

                // A combination of flags is stored as "A, B", which no list of single names describes.
                if (enumType.IsDefined(typeof(FlagsAttribute), inherit: false))
                {
                    throw new InvalidOperationException($"{entityType.DisplayName()}.{property.Name} stores the [Flags] enum {enumType.Name} by name; give it a check of its own before storing it.");
                }

                var names = string.Join(", ", Enum.GetNames(enumType).Select(name => $"'{name}'"));
                entityType.Builder.HasCheckConstraint($"ck_{table.Name}_{column}_known", $"\"{column}\" IN ({names})");
            }
        }
    }

    private static Type? StoredAs(IConventionProperty property) =>
        property.FindTypeMapping()?.Converter?.ProviderClrType ?? property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType();
}
