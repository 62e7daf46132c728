using System.Globalization;
using System.Net;
using IocDashboard.Ingestion.Sources;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace IocDashboard.Ingestion.Feeds;

/// <summary>
/// Fetches change-feed pages over HTTP with a per-request timeout and exponential-backoff retries (Polly):
/// 5xx answers, timeouts, broken connections and truncated or malformed bodies are retried; 4xx are not.
/// </summary>
public sealed class FeedClient
{
    private readonly HttpClient _http;
    private readonly ISourceApiKeys _keys;
    private readonly IngestionOptions _options;
    private readonly ResiliencePipeline _pipeline;

    public FeedClient(HttpClient http, ISourceApiKeys keys, IOptions<IngestionOptions> options)
    {
        _http = http;
        _keys = keys;
        _options = options.Value;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, _options.RequestRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>(ex => ex.StatusCode is null or >= HttpStatusCode.InternalServerError)
                    .Handle<TimeoutRejectedException>()
                    .Handle<InvalidDataException>()
                    .Handle<IOException>(),
            })
            .AddTimeout(_options.RequestTimeout)
            .Build();
    }

    public async Task<FeedPage> GetPageAsync(SourceOptions source, string? cursor, CancellationToken cancellationToken)
    {
        var baseUrl = source.BaseUrl ?? _options.DefaultBaseUrl;
        var query = $"pageSize={_options.PageSize.ToString(CultureInfo.InvariantCulture)}"
            + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
        var url = new Uri(baseUrl, $"/{source.Id}/changes?{query}");
        var apiKey = await _keys.FindAsync(source.Id, cancellationToken) ?? source.ApiKey ?? _options.ApiKey;

        return await _pipeline.ExecuteAsync(async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (apiKey is not null)
            {
                request.Headers.Add("X-Api-Key", apiKey);
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{source.Id}: HTTP {(int)response.StatusCode}", null, response.StatusCode);
            }

            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return FeedPage.Parse(body);
        }, cancellationToken);
    }
}
