// Page "dossiers": the province's on-time rate (workload) of the last 30 days on a gauge with the year to date
// beside it, today's counters, the channel split, the lowest units of the local level (district-level units before
// 1 July 2025, communes and wards since) with how many meet the green threshold, the provincial agencies, and the
// 12-month trend, marked where the units counted changed. Every panel names its period. A rate over too few
// resolved dossiers comes as null from the server: the count is shown instead, and nothing is coloured.
import { base, chart, fade, levelColour, rem, theme } from './charts.js';
import { axisPercent, date, int, level, month, rate, setText, shortPeriod } from './format.js';

const $ = (id) => document.getElementById(id);

/** How many of the lowest local units the dossier page shows; the "units" page pages through all of them. */
export const LOWEST = 10;

export const LOCAL_TITLE = { district: 'Cấp huyện', commune: 'Xã, phường' };

export function render(d, ctx) {
  if (!d) return;
  const thresholds = ctx.thresholds;
  const recent = d.recent ?? {};
  const ytd = d.yearToDate ?? {};
  const recentLevel = level(recent.onTimeRate, thresholds);
  setText($('dossiers-recent-period'), `30 ngày: ${shortPeriod(recent.from, recent.to)}`);
  const headline = $('dossiers-recent-rate');
  setText(headline, typeof recent.onTimeRate === 'number' ? rate(recent.onTimeRate, recent.onTimeRateText) : int(recent.resolved));
  headline.style.color = levelColour(recentLevel);
  headline.dataset.level = recentLevel;
  setText($('dossiers-recent-caption'), typeof recent.onTimeRate === 'number' ? 'đúng hạn / đã giải quyết' : 'hồ sơ đã giải quyết · chưa đủ để tính tỷ lệ');
  setText($('dossiers-recent-received'), int(recent.received));
  setText($('dossiers-recent-resolved'), int(recent.resolved));
  setText($('dossiers-ytd-rate'), typeof ytd.onTimeRate === 'number' ? rate(ytd.onTimeRate, ytd.onTimeRateText) : `${int(ytd.resolved)} hồ sơ`);
  setText($('dossiers-ytd-period'), `Từ đầu năm: ${shortPeriod(ytd.from, ytd.to)}, đã giải quyết ${int(ytd.resolved)}`);
  renderGauge(recent.onTimeRate, thresholds);

  const today = d.today ?? {};
  setText($('dossiers-today-day'), today.day ? date(today.day) : '');
  setText($('dossiers-today-received'), int(today.received));
  setText($('dossiers-today-resolved'), int(today.resolved));
  setText($('dossiers-today-pendingOverdue'), int(today.pendingOverdue));

  renderChannels(recent);
  renderLocal(d.local ?? {}, thresholds);
  setText($('dossiers-agencies-period'), `30 ngày: ${shortPeriod(d.agencies?.from, d.agencies?.to)}`);
  renderRanking($('dossiers-agencies'), d.agencies?.units ?? [], thresholds, 0.46);
  renderTrend(d.trend ?? {}, thresholds);
}

/** The lowest ten of the local level and how many of all of them meet the green threshold. */
function renderLocal(local, thresholds) {
  const units = local.units ?? [];
  const green = thresholds?.green ?? 0.95;
  const rated = units.filter((u) => typeof u.onTimeRate === 'number');
  const many = units.length > LOWEST;
  const kind = LOCAL_TITLE[local.kind] ?? 'Đơn vị';
  setText($('dossiers-local-title'), many ? `${LOWEST} ${kind.toLowerCase()} thấp nhất` : kind);
  setText($('dossiers-local-period'), `30 ngày: ${shortPeriod(local.from, local.to)}`);
  const pill = $('dossiers-local-green');
  pill.hidden = units.length === 0;
  setText(pill, `${rated.filter((u) => u.onTimeRate >= green).length}/${units.length} đạt ≥ ${axisPercent(green)}`);
  // The server sends them worst first: the lowest ten, the worst at the top.
  const lowest = rated.slice(0, LOWEST);
  renderRanking($('dossiers-local'), lowest.length > 0 ? lowest : units.slice(0, LOWEST), thresholds, 0.34, true);
}

function renderGauge(value, thresholds) {
  const t = theme();
  const green = thresholds?.green ?? 0.95;
  const amber = thresholds?.amber ?? 0.9;
  const v = typeof value === 'number' ? value : 0;
  // The 240° arc is 1.5 radii tall: size it to fill the box, and put the DOM figure at its centre.
  const el = $('dossiers-gauge');
  const r = Math.max(10, Math.min((el.clientWidth / 2) * 0.94, (el.clientHeight / 1.5) * 0.94));
  const cy = (el.clientHeight - 1.5 * r) / 2 + r;
  document.querySelector('.gauge-centre').style.top = `${cy}px`;
  chart(el).setOption({
    ...base(),
    series: [{
      type: 'gauge',
      min: 0,
      max: 1,
      startAngle: 210,
      endAngle: -30,
      center: ['50%', cy],
      radius: r,
      splitNumber: 5,
      pointer: { show: false },
      progress: { show: typeof value === 'number', width: rem(1.6), itemStyle: { color: levelColour(level(value, thresholds)) } },
      axisLine: {
        lineStyle: {
          width: rem(1.6),
          color: [[amber, fade(t.red, 0.35)], [green, fade(t.amber, 0.35)], [1, fade(t.green, 0.35)]],
        },
      },
      axisTick: { show: false },
      splitLine: { distance: -rem(1.6), length: rem(1.6), lineStyle: { color: t.panel, width: Math.max(1, rem(0.15)) } },
      axisLabel: { show: false },
      detail: { show: false },
      title: { show: false },
      data: [{ value: v }],
    }],
  }, { notMerge: true });
}

function renderChannels(recent) {
  const online = recent.receivedOnline ?? 0;
  const direct = recent.receivedDirectOrPostal ?? 0;
  const sum = direct + online;
  setText($('dossiers-channels-period'), `30 ngày: ${shortPeriod(recent.from, recent.to)}`);
  setText($('dossiers-onlineRate'), rate(recent.onlineRate, recent.onlineRateText));
  setText($('channel-direct'), int(recent.receivedDirectOrPostal));
  setText($('channel-online'), int(recent.receivedOnline));
  const bar = $('channel-bar');
  for (const [key, value] of [['direct', direct], ['online', online]]) {
    bar.querySelector(`[data-channel="${key}"]`).style.width = `${sum > 0 ? (100 * value) / sum : 0}%`;
  }
}

/** Tick step of a rate axis from `min` to 100%: 5 points, or 10 when the range is wide. */
const step = (min) => (1 - min > 0.3 ? 0.1 : 0.05);

/**
 * Horizontal bars, best first (or worst first: the lowest ten); units without a rate last. The value axis starts
 * below the worst unit so differences stay visible.
 */
function renderRanking(el, units, thresholds, labelShare, worstFirst = false) {
  const t = theme();
  const key = (u) => (typeof u.onTimeRate === 'number' ? (worstFirst ? -u.onTimeRate : u.onTimeRate) : -Infinity);
  const sorted = [...units].sort((a, b) => key(b) - key(a));
  const rates = sorted.map((u) => u.onTimeRate).filter((r) => typeof r === 'number');
  const amber = thresholds?.amber ?? 0.9;
  const green = thresholds?.green ?? 0.95;
  const lowest = Math.min(amber, ...rates);
  const min = Math.max(0, Math.floor((lowest - 0.03) * 20) / 20);
  const labelWidth = Math.round(el.clientWidth * labelShare);
  const rowHeight = el.clientHeight / Math.max(1, sorted.length);
  const font = Math.min(rem(1.25), Math.max(rem(0.9), rowHeight * 0.42));
  chart(el).setOption({
    ...base(),
    grid: { left: labelWidth + rem(0.8), right: rem(6.2), top: rem(0.4), bottom: rem(2) },
    xAxis: {
      type: 'value', min, max: 1,
      interval: step(min),
      axisLabel: { color: t.dim, fontSize: rem(0.95), formatter: (x) => axisPercent(x) },
      splitLine: { lineStyle: { color: t.grid, opacity: 0.5 } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((u) => u.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: t.text, fontSize: font, width: labelWidth, overflow: 'truncate', ellipsis: '…' },
    },
    series: [{
      type: 'bar',
      barWidth: '64%',
      emphasis: { disabled: true },
      data: sorted.map((u) => ({
        value: typeof u.onTimeRate === 'number' ? Math.max(u.onTimeRate, min) : min,
        itemStyle: { color: levelColour(level(u.onTimeRate, thresholds)), borderRadius: [0, rem(0.25), rem(0.25), 0] },
        label: { formatter: typeof u.onTimeRate === 'number' ? rate(u.onTimeRate, u.onTimeRateText) : `${int(u.resolved)} hồ sơ` },
      })),
      label: { show: true, position: 'right', color: t.text, fontSize: font, fontWeight: 700 },
      markLine: {
        silent: true,
        symbol: 'none',
        label: { show: false },
        data: [
          { xAxis: green, lineStyle: { color: t.green, type: 'dashed', width: Math.max(1, rem(0.1)) } },
          { xAxis: amber, lineStyle: { color: t.amber, type: 'dashed', width: Math.max(1, rem(0.1)) } },
        ],
      },
    }],
  }, { notMerge: true });
}

function renderTrend(d, thresholds) {
  const t = theme();
  const trend = d.months ?? [];
  setText($('dossiers-trend-period'), d.from && d.to ? `${month(d.from)} – ${month(d.to)}: tiếp nhận, đúng hạn trong tháng` : '');
  // Across the 2025 reorganisation the units counted changed: say so rather than show growth of several hundred per cent.
  const note = $('dossiers-trend-scope');
  note.hidden = !d.scopeChangedText;
  setText(note, d.scopeChangedText ?? '');
  const changedAt = trend.findIndex((m) => m.month === d.scopeChangedMonth);
  const rates = trend.map((m) => m.onTimeRate).filter((r) => typeof r === 'number');
  const amber = thresholds?.amber ?? 0.9;
  const min = Math.max(0, Math.floor((Math.min(amber, ...rates) - 0.03) * 20) / 20);
  chart($('dossiers-trend')).setOption({
    ...base(),
    legend: {
      top: 0, right: 0, itemWidth: rem(1.4), itemHeight: rem(0.8), itemGap: rem(1.2),
      textStyle: { color: t.muted, fontSize: rem(1.05) },
      data: ['Hồ sơ tiếp nhận', 'Tỷ lệ đúng hạn'],
    },
    grid: { left: rem(4.2), right: rem(4.2), top: rem(2.6), bottom: rem(2.2) },
    xAxis: {
      type: 'category',
      // "T11", "T12", "T1/26", …: the year only on January (on the first month when the window starts in January).
      data: trend.map((m) => (/-01$/.test(m.month ?? '') ? month(m.month, true) : month(m.month, true).replace(/\/\d+$/, ''))),
      axisLabel: { color: t.muted, fontSize: rem(1), interval: 0 },
      axisLine: { lineStyle: { color: t.grid } },
      axisTick: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { color: t.dim, fontSize: rem(0.95), formatter: (x) => int(x) },
        splitLine: { lineStyle: { color: t.grid, opacity: 0.5 } },
        splitNumber: 4,
      },
      {
        type: 'value', min, max: 1, interval: step(min),
        axisLabel: { color: t.dim, fontSize: rem(0.95), formatter: (x) => axisPercent(x) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: 'Hồ sơ tiếp nhận',
        type: 'bar',
        barWidth: '55%',
        itemStyle: { color: fade(t.received, 0.45), borderRadius: [rem(0.2), rem(0.2), 0, 0] },
        emphasis: { disabled: true },
        data: trend.map((m) => m.received ?? 0),
        // A dashed line where the units counted changed, between the month before and the month of the change.
        markLine: changedAt > 0 ? {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: t.amber, type: 'dashed', width: Math.max(1, rem(0.15)) },
          data: [{ xAxis: changedAt - 0.5 }],
        } : undefined,
      },
      {
        name: 'Tỷ lệ đúng hạn',
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        symbolSize: rem(0.7),
        lineStyle: { color: t.cyan, width: Math.max(2, rem(0.22)) },
        itemStyle: { color: t.cyan },
        emphasis: { disabled: true },
        data: trend.map((m) => ({
          value: m.onTimeRate,
          itemStyle: { color: levelColour(level(m.onTimeRate, thresholds)) },
        })),
      },
    ],
  }, { notMerge: true });
}
