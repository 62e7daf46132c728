using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse;
using IocDashboard.Warehouse.Schema;
using IocDashboard.Web.Features.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>
/// TokenStore on a migrated database, its clock a FakeTimeProvider: last_used_at is written at most once a minute per
/// token, also across nodes (two stores on one database), and a revoked token is no longer found.
/// </summary>
public sealed class TokenStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("ioc_tokens_store");
        _services = new ServiceCollection().AddLogging().AddWarehouse(_database.ConnectionString).BuildServiceProvider();
        await _services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Last_use_is_written_at_most_once_a_minute_per_token_on_any_node()
    {
        var clock = new FakeTimeProvider(Start);
        var node = new TokenStore(_services.GetRequiredService<NpgsqlDataSource>(), clock);
        var otherNode = new TokenStore(_services.GetRequiredService<NpgsqlDataSource>(), clock);
        var token = (await node.CreateApiTokenAsync("dung-lan-cuoi", "Analyst", "test", CancellationToken.None))!.Token;

        await node.MarkUsedAsync(token, CancellationToken.None);
        Assert.Equal(Start, await LastUsedAsync(node, token));

        clock.Advance(TimeSpan.FromSeconds(30));
        await node.MarkUsedAsync(token, CancellationToken.None);
        await otherNode.MarkUsedAsync(token, CancellationToken.None); // its own memory says never: the statement still skips
        Assert.Equal(Start, await LastUsedAsync(node, token));

        clock.Advance(TimeSpan.FromSeconds(31));
        await otherNode.MarkUsedAsync(token, CancellationToken.None);
        Assert.Equal(Start.AddSeconds(61), await LastUsedAsync(node, token));
    }

    [Fact]
    public async Task A_revoked_token_is_not_found_any_more_and_its_name_is_free_again()
    {
        var store = new TokenStore(_services.GetRequiredService<NpgsqlDataSource>(), new FakeTimeProvider(Start));
        var created = (await store.CreateKioskTokenAsync("main", "tv-1", "test", CancellationToken.None))!;
        Assert.Null(await store.CreateKioskTokenAsync("MAIN", "TV-1", "test", CancellationToken.None)); // one live token per screen and name
        var hash = TokenSecret.Hash(created.Plaintext);
        Assert.Equal(created.Token.Id, (await store.FindActiveAsync(TokenKind.Kiosk, hash, CancellationToken.None))?.Id);
        Assert.Null(await store.FindActiveAsync(TokenKind.Api, hash, CancellationToken.None)); // a kiosk token is no API token

        var revoked = await store.RevokeAsync(TokenKind.Kiosk, created.Token.Id, "người thu hồi", CancellationToken.None);

        Assert.Equal((Start, "người thu hồi"), (revoked!.RevokedAt!.Value, revoked.RevokedBy!));
        Assert.Null(await store.FindActiveAsync(TokenKind.Kiosk, hash, CancellationToken.None));
        Assert.Null(await store.RevokeAsync(TokenKind.Kiosk, created.Token.Id, "lần nữa", CancellationToken.None));
        Assert.Equal([created.Token.Id], await store.NotActiveKioskTokensAsync([created.Token.Id], CancellationToken.None));
        Assert.NotNull(await store.CreateKioskTokenAsync("main", "tv-1", "test", CancellationToken.None));
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(TokenStore store, TokenRecord token) =>
        (await store.ListAsync(token.Kind, CancellationToken.None)).Single(t => t.Id == token.Id).LastUsedAt;
}
