// Page "dossiers": province on-time gauge, rankings of district-level units and of agencies by on-time
// rate (bars coloured by the thresholds), 12-month trend, today's counters and the channel split.
import { base, chart, fade, levelColour, rem, theme } from './charts.js';
import { axisPercent, date, int, level, month, period, rate, setText } from './format.js';

const $ = (id) => document.getElementById(id);

export function render(d, ctx) {
  if (!d) return;
  const thresholds = ctx.thresholds;
  const s = d.summary ?? {};
  const share = $('dossiers-onTimeShare');
  setText(share, rate(s.onTimeShareOfReceived, s.onTimeShareOfReceivedText));
  share.style.color = levelColour(level(s.onTimeShareOfReceived, thresholds));
  share.dataset.level = level(s.onTimeShareOfReceived, thresholds);
  setText($('dossiers-received'), int(s.received));
  setText($('dossiers-resolved'), int(s.resolved));
  setText($('dossiers-onTimeRate'), rate(s.onTimeRate, s.onTimeRateText));
  setText($('dossiers-period'), d.from || d.to ? `Kỳ ${period(d.from, d.to)}` : '');
  renderGauge(s.onTimeShareOfReceived, thresholds);

  const today = d.today ?? {};
  setText($('dossiers-today-day'), today.day ? `(${date(today.day)})` : '');
  setText($('dossiers-today-received'), int(today.received));
  setText($('dossiers-today-resolved'), int(today.resolved));
  setText($('dossiers-today-pendingOverdue'), int(today.pendingOverdue));

  renderChannels(s);
  renderRanking($('dossiers-districts'), d.districts ?? [], thresholds, 0.34);
  renderRanking($('dossiers-agencies'), d.agencies ?? [], thresholds, 0.46);
  renderTrend(d.trend ?? [], thresholds);
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
      progress: { show: true, width: rem(1.6), itemStyle: { color: levelColour(level(value, thresholds)) } },
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

function renderChannels(s) {
  const c = s.byChannel ?? {};
  const direct = c.direct ?? 0;
  const postal = c.postal ?? 0;
  const online = c.online ?? 0;
  const sum = direct + postal + online;
  setText($('dossiers-onlineRate'), rate(s.onlineRate, s.onlineRateText));
  setText($('channel-direct'), int(c.direct));
  setText($('channel-postal'), int(c.postal));
  setText($('channel-online'), int(c.online));
  const bar = $('channel-bar');
  for (const [key, value] of [['direct', direct], ['postal', postal], ['online', online]]) {
    bar.querySelector(`[data-channel="${key}"]`).style.width = `${sum > 0 ? (100 * value) / sum : 0}%`;
  }
}

/** Tick step of a rate axis from `min` to 100%: 5 points, or 10 when the range is wide. */
const step = (min) => (1 - min > 0.3 ? 0.1 : 0.05);

/** Horizontal bars, best first; the value axis starts below the worst unit so differences stay visible. */
function renderRanking(el, units, thresholds, labelShare) {
  const t = theme();
  const sorted = [...units].sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1));
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
        label: { formatter: rate(u.onTimeRate, u.onTimeRateText) },
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

function renderTrend(trend, thresholds) {
  const t = theme();
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
      // "T11/23", "T12", "T1/24", …: the year only on the first month and on each January.
      data: trend.map((m, i) => (i === 0 || /-01$/.test(m.month ?? '') ? month(m.month, true) : month(m.month, true).replace(/\/\d+$/, ''))),
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
