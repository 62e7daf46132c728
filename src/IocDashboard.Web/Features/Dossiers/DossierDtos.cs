using System.Text.Json.Serialization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>The measures of DOMAIN.md §3 as JSON: counts, rates as fractions and each rate as Vietnamese text.</summary>
public record DossierMeasuresDto
{
    public long Received { get; init; }
    public long Resolved { get; init; }
    public long ResolvedOnTime { get; init; }
    public long ResolvedLate { get; init; }
    public long PendingWithinDeadline { get; init; }
    public long PendingOverdue { get; init; }
    public double? OnTimeRate { get; init; }
    public string OnTimeRateText { get; init; } = "—";
    public double? OnTimeShareOfReceived { get; init; }
    public string OnTimeShareOfReceivedText { get; init; } = "—";
    public double? LateShareOfReceived { get; init; }
    public string LateShareOfReceivedText { get; init; } = "—";
    public double? ResolvedRate { get; init; }
    public string ResolvedRateText { get; init; } = "—";
    public double? PendingOverdueShareOfReceived { get; init; }
    public string PendingOverdueShareOfReceivedText { get; init; } = "—";
    public double? OnlineRate { get; init; }
    public string OnlineRateText { get; init; } = "—";
    public ChannelCounts ByChannel { get; init; } = new(0, 0, 0);
    public long ResolvedFullProcessOnline { get; init; }

    /// <summary>Copies the measures into a response that already carries its own identifying fields.</summary>
    public static T Fill<T>(T target, DossierMeasures m)
        where T : DossierMeasuresDto => target with
        {
            Received = m.Received,
            Resolved = m.Resolved,
            ResolvedOnTime = m.ResolvedOnTime,
            ResolvedLate = m.ResolvedLate,
            PendingWithinDeadline = m.PendingWithinDeadline,
            PendingOverdue = m.PendingOverdue,
            OnTimeRate = VietnameseFormat.Fraction(m.OnTimeRate),
            OnTimeRateText = VietnameseFormat.Percent(m.OnTimeRate),
            OnTimeShareOfReceived = VietnameseFormat.Fraction(m.OnTimeShareOfReceived),
            OnTimeShareOfReceivedText = VietnameseFormat.Percent(m.OnTimeShareOfReceived),
            LateShareOfReceived = VietnameseFormat.Fraction(m.LateShareOfReceived),
            LateShareOfReceivedText = VietnameseFormat.Percent(m.LateShareOfReceived),
            ResolvedRate = VietnameseFormat.Fraction(m.ResolvedRate),
            ResolvedRateText = VietnameseFormat.Percent(m.ResolvedRate),
            PendingOverdueShareOfReceived = VietnameseFormat.Fraction(m.PendingOverdueShareOfReceived),
            PendingOverdueShareOfReceivedText = VietnameseFormat.Percent(m.PendingOverdueShareOfReceived),
            OnlineRate = VietnameseFormat.Fraction(m.OnlineRate),
            OnlineRateText = VietnameseFormat.Percent(m.OnlineRate),
            ByChannel = new ChannelCounts(m.ReceivedDirect, m.ReceivedPostal, m.ReceivedOnline),
            ResolvedFullProcessOnline = m.ResolvedFullProcessOnline,
        };
}

public sealed record ChannelCounts(long Direct, long Postal, long Online);

public sealed record DossierSummaryResponse : DossierMeasuresDto
{
    public required string Unit { get; init; }
    public required string UnitName { get; init; }
    public required string Scope { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }

    /// <summary>"xấp xỉ" when scope=current counts a split former unit whole; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApproximateText { get; init; }

    /// <summary>"phạm vi thay đổi từ 01/7/2025" when the units counted changed within the period; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ScopeChangedText { get; init; }
}

public sealed record FieldMeasuresDto : DossierMeasuresDto
{
    public required string Field { get; init; }
    public required string FieldName { get; init; }
}

public sealed record DossiersByFieldResponse(
    string Unit, string UnitName, string Scope, IReadOnlyList<string> Levels, DateOnly From, DateOnly To, IReadOnlyList<FieldMeasuresDto> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ApproximateText);
