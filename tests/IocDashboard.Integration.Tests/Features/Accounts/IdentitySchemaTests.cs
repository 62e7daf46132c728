using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>Migration 0015 creates exactly what Identity's EF model maps, and Identity works on it.</summary>
public sealed class IdentitySchemaTests
{
    /// <summary>Tables of schema auth that are not Identity's.</summary>
    // The tables of schema auth that are not Identity's or the key ring's: each has its own owner and tests.
    private static readonly string[] OtherTables = ["audit_log", "api_tokens", "kiosk_tokens"];

    [Fact]
    public async Task The_migrated_tables_are_the_EF_model_column_by_column_with_its_keys_and_indexes()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_schema");
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            Assert.Equal(AccountsDbContext.Schema, table.Schema);
            foreach (var column in table.Columns)
            {
                var identity = column.PropertyMappings.Select(m => m.Property.GetValueGenerationStrategy()).FirstOrDefault() switch
                {
                    Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn => " identity by default",
                    Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityAlwaysColumn => " identity always",
                    _ => "",
                };
                expected.Add($"{table.Name}.{column.Name} {column.StoreType}{(column.IsNullable ? "" : " not null")}{identity}");
            }

            expected.Add($"{table.Name} {table.PrimaryKey!.Name} PRIMARY KEY ({Columns(table.PrimaryKey.Columns)})");
            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                var onDelete = foreignKey.OnDeleteAction == ReferentialAction.Cascade ? " ON DELETE CASCADE" : "";
                expected.Add($"{table.Name} {foreignKey.Name} FOREIGN KEY ({Columns(foreignKey.Columns)}) " +
                    $"REFERENCES {foreignKey.PrincipalTable.Schema}.{foreignKey.PrincipalTable.Name}({Columns(foreignKey.PrincipalColumns)}){onDelete}");
            }

            foreach (var index in table.Indexes)
            {
                expected.Add($"{table.Name} {(index.IsUnique ? "CREATE UNIQUE INDEX" : "CREATE INDEX")} {index.Name} ON auth.{table.Name} USING btree ({Columns(index.Columns)})");
            }
        }

        var actual = await CatalogAsync(host.ConnectionString);

        Assert.Equal(expected, actual);
        Assert.Equal(
            ["data_protection_keys", "role_claims", "roles", "user_claims", "user_logins", "user_roles", "user_tokens", "users"],
            model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Identity_creates_an_account_gives_it_a_role_finds_it_and_signs_it_in_on_the_migrated_tables()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_identity");
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<Account>>();
        var password = AccountsRig.NewPassword();

        // The roles come with the migration.
        foreach (var role in Roles.All)
        {
            Assert.NotNull(await roles.FindByNameAsync(role.Name));
        }

        Assert.Equal(["Lãnh đạo", "Chuyên viên phân tích", "Quản trị viên"], Roles.All.Select(r => r.Label));

        var account = new Account { UserName = "phan.tich", DisplayName = "Trần Thị Phân Tích", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(account, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, Roles.Analyst)).Succeeded);

        var found = await users.FindByNameAsync("PHAN.TICH");
        Assert.NotNull(found);
        Assert.Equal("Trần Thị Phân Tích", found.DisplayName);
        Assert.Equal([Roles.Analyst], await users.GetRolesAsync(found));
        Assert.Equal(["phan.tich"], (await users.GetUsersInRoleAsync(Roles.Analyst)).Select(u => u.UserName));
        Assert.True((await signIn.CheckPasswordSignInAsync(found, password, lockoutOnFailure: true)).Succeeded);
        Assert.False((await signIn.CheckPasswordSignInAsync(found, password + "x", lockoutOnFailure: true)).Succeeded);

        // Identity's hasher (format 3: PBKDF2), never the password itself.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select password_hash, access_failed_count from auth.users where user_name = 'phan.tich'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var hash = reader.GetString(0);
        Assert.DoesNotContain(password, hash, StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        Assert.Equal(1, reader.GetInt32(1));

        // A second account of the same name is refused by Identity, in Vietnamese.
        var twin = await users.CreateAsync(new Account { UserName = "Phan.Tich", CreatedAt = DateTimeOffset.UtcNow }, password);
        Assert.Contains(twin.Errors, e => e.Description.Contains("đã có người dùng", StringComparison.Ordinal));
        var tooShort = await users.CreateAsync(new Account { UserName = "ngan", CreatedAt = DateTimeOffset.UtcNow }, "mười một kt");
        Assert.Contains(tooShort.Errors, e => e.Description == "Mật khẩu phải có ít nhất 12 ký tự.");
    }

    private static string Columns(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));

    /// <summary>Identity's tables as PostgreSQL has them, in the same words as the expected set.</summary>
    private static async Task<SortedSet<string>> CatalogAsync(string connectionString)
    {
        var actual = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || case when a.attnotnull then ' not null' else '' end
                   || case a.attidentity when 'd' then ' identity by default' when 'a' then ' identity always' else '' end
            from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'auth' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and c.relname <> all(@others)
            union all
            select c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
            from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'auth' and c.relname <> all(@others)
            union all
            select tablename || ' ' || indexdef
            from pg_indexes
            where schemaname = 'auth' and tablename <> all(@others) and indexname not like '%\_pkey'
            """, connection);
        command.Parameters.AddWithValue("others", OtherTables);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actual.Add(reader.GetString(0));
        }

        return actual;
    }
}
