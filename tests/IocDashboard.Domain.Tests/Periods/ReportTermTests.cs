using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Periods;

public sealed class ReportTermTests
{
    [Theory]
    [InlineData("2026-Q1", "2025-12-15", "2026-03-14")]
    [InlineData("2026-Q2", "2026-03-15", "2026-06-14")]
    [InlineData("2026-Q3", "2026-06-15", "2026-09-14")]
    [InlineData("2026-Q4", "2026-09-15", "2026-12-14")]
    [InlineData("2026-H1", "2025-12-15", "2026-06-14")]
    [InlineData("2026-H2", "2026-06-15", "2026-12-14")]
    [InlineData("2026-9M", "2025-12-15", "2026-09-14")]
    [InlineData("2026", "2025-12-15", "2026-12-14")]
    public void The_official_cut_off_runs_from_the_15th_before_to_the_14th_of_the_last_month(string key, string from, string to)
    {
        var days = ReportTerm.Parse(key).Days(CutOff.Official);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), days.To);
    }

    [Theory]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31")]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31")]
    [InlineData("2026-9M", "2026-01-01", "2026-09-30")]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    public void The_calendar_cut_off_covers_whole_months(string key, string from, string to)
    {
        var days = ReportTerm.Parse(key).Days(CutOff.Calendar);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), days.To);
    }

    [Theory]
    [InlineData("2026-Q3", CutOff.Official, "Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)")]
    [InlineData("2026-Q1", CutOff.Official, "Quý I năm 2026 (Từ ngày 15/12/2025 đến ngày 14/3/2026)")]
    [InlineData("2026-Q4", CutOff.Official, "Quý IV năm 2026 (Từ ngày 15/9/2026 đến ngày 14/12/2026)")]
    [InlineData("2026-Q3", CutOff.Calendar, "Quý III năm 2026 (Từ ngày 01/7/2026 đến ngày 30/9/2026)")]
    [InlineData("2026-H1", CutOff.Official, "6 tháng đầu năm 2026 (Từ ngày 15/12/2025 đến ngày 14/6/2026)")]
    [InlineData("2026-H2", CutOff.Calendar, "6 tháng cuối năm 2026 (Từ ngày 01/7/2026 đến ngày 31/12/2026)")]
    [InlineData("2026-9M", CutOff.Official, "9 tháng năm 2026 (Từ ngày 15/12/2025 đến ngày 14/9/2026)")]
    [InlineData("2026", CutOff.Official, "Năm 2026 (Từ ngày 15/12/2025 đến ngày 14/12/2026)")]
    [InlineData("2026", CutOff.Calendar, "Năm 2026 (Từ ngày 01/01/2026 đến ngày 31/12/2026)")]
    [InlineData("2026-Q1", CutOff.Calendar, "Quý I năm 2026 (Từ ngày 01/01/2026 đến ngày 31/3/2026)")]
    public void The_label_is_written_as_official_documents_write_it(string key, CutOff cutOff, string label) =>
        Assert.Equal(label, ReportTerm.Parse(key).Label(cutOff));

    [Theory]
    [InlineData(2026, 7, 1, "01/7/2026")]
    [InlineData(2026, 6, 15, "15/6/2026")]
    [InlineData(2026, 12, 9, "09/12/2026")]
    [InlineData(2026, 1, 1, "01/01/2026")]
    [InlineData(2026, 2, 14, "14/02/2026")]
    [InlineData(2026, 3, 14, "14/3/2026")]
    public void Official_dates_pad_days_below_10_and_the_months_January_and_February(int year, int month, int day, string text) =>
        Assert.Equal(text, ReportTerm.OfficialDate(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("2026-Q3", "2026-Q3", ReportTermKind.Quarter)]
    [InlineData("2026-q2", "2026-Q2", ReportTermKind.Quarter)]
    [InlineData(" 2026-H1 ", "2026-H1", ReportTermKind.FirstHalf)]
    [InlineData("2026-h2", "2026-H2", ReportTermKind.SecondHalf)]
    [InlineData("2026-9m", "2026-9M", ReportTermKind.NineMonths)]
    [InlineData("2026", "2026", ReportTermKind.Year)]
    public void A_key_parses_and_prints_back_canonically(string text, string key, ReportTermKind kind)
    {
        Assert.True(ReportTerm.TryParse(text, out var term, out var error), error);
        Assert.Equal(key, term!.Key);
        Assert.Equal(key, term.ToString());
        Assert.Equal(kind, term.Kind);
        Assert.Equal(2026, term.Year);
        Assert.Equal(term, ReportTerm.Parse(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-H3")]
    [InlineData("2026-6M")]
    [InlineData("2026Q3")]
    [InlineData("26-Q3")]
    [InlineData("Q3-2026")]
    [InlineData("2026-Q3x")]
    [InlineData("２０２６")]
    [InlineData("0999")]
    [InlineData("9999")]
    public void A_malformed_key_is_refused_with_the_accepted_forms(string? text)
    {
        Assert.False(ReportTerm.TryParse(text, out var term, out var error));
        Assert.Null(term);
        Assert.False(string.IsNullOrEmpty(error));
        var thrown = Assert.Throws<FormatException>(() => ReportTerm.Parse(text!));
        Assert.Equal(error, thrown.Message);
        if (text is not ("0999" or "9999"))
        {
            Assert.Contains("YYYY-Q1", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2026-Q3", "2026-Q2")]
    [InlineData("2026-Q1", "2025-Q4")]
    [InlineData("2026-H1", "2025-H2")]
    [InlineData("2026-H2", "2026-H1")]
    [InlineData("2026", "2025")]
    public void The_previous_period_is_the_adjacent_one_of_the_same_length(string key, string previous)
    {
        var term = ReportTerm.Parse(key);
        Assert.Equal(ReportTerm.Parse(previous), term.Previous);

        // Adjacent under both cut-offs: the previous period ends the day before this one starts.
        foreach (var cutOff in Enum.GetValues<CutOff>())
        {
            Assert.Equal(term.Days(cutOff).From.AddDays(-1), term.Previous!.Days(cutOff).To);
        }
    }

    [Fact]
    public void Nine_months_have_no_previous_period_of_their_kind() =>
        Assert.Null(ReportTerm.Parse("2026-9M").Previous);

    [Theory]
    [InlineData("2026-Q3", "2025-Q3")]
    [InlineData("2026-H1", "2025-H1")]
    [InlineData("2026-9M", "2025-9M")]
    [InlineData("2026", "2025")]
    public void The_same_period_a_year_before_has_the_same_kind(string key, string before)
    {
        var term = ReportTerm.Parse(key);
        Assert.Equal(ReportTerm.Parse(before), term.SameTermYearBefore);
        Assert.Equal(term.Days(CutOff.Official).From.AddYears(-1), term.SameTermYearBefore.Days(CutOff.Official).From);
    }

    [Fact]
    public void The_quarters_of_a_year_tile_it_under_both_cut_offs()
    {
        foreach (var cutOff in Enum.GetValues<CutOff>())
        {
            var year = ReportTerm.Parse("2026").Days(cutOff);
            var quarters = Enumerable.Range(1, 4).Select(q => ReportTerm.OfQuarter(2026, q).Days(cutOff)).ToList();
            Assert.Equal(year.From, quarters[0].From);
            Assert.Equal(year.To, quarters[3].To);
            for (var q = 1; q < 4; q++)
            {
                Assert.Equal(quarters[q - 1].To.AddDays(1), quarters[q].From);
            }

            Assert.Equal(year.From, ReportTerm.Parse("2026-9M").Days(cutOff).From);
            Assert.Equal(quarters[2].To, ReportTerm.Parse("2026-9M").Days(cutOff).To);
            Assert.Equal(quarters[1].To, ReportTerm.Parse("2026-H1").Days(cutOff).To);
            Assert.Equal(quarters[2].From, ReportTerm.Parse("2026-H2").Days(cutOff).From);
        }
    }

    [Fact]
    public void Constructors_refuse_what_keys_refuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTerm.OfQuarter(2026, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTerm.Of(1900, ReportTermKind.Year));
        Assert.Throws<ArgumentException>(() => ReportTerm.Of(2026, ReportTermKind.Quarter));
    }
}
