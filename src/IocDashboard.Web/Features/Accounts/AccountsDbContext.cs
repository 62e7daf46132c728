using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// Identity's store on the warehouse's PostgreSQL, in schema auth with snake_case names, and the Data Protection key
/// ring beside it. The tables come from the SQL migrations 0015_accounts.sql and 0017_data_protection_keys.sql, never
/// from EF; a test holds the two equal (names, types, nullability, keys, indexes).
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<Account>(options), IDataProtectionKeyContext
{
    public const string Schema = "auth";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<Account>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
        });
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCaseNames.Of(property.Name));
            }

            // PostgreSQL's own naming (users_pkey, user_roles_role_id_fkey, users_normalized_user_name_key), so that
            // the SQL migration reads like the rest of the schema instead of quoting "PK_AspNetUsers".
            entity.FindPrimaryKey()?.SetName($"{table}_pkey");
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"{table}_{Columns(foreignKey.Properties)}_fkey");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"{table}_{Columns(index.Properties)}_{(index.IsUnique ? "key" : "idx")}");
            }
        }
    }

    private static string Columns(IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IMutableProperty> properties) =>
        string.Join('_', properties.Select(p => SnakeCaseNames.Of(p.Name)));
}
