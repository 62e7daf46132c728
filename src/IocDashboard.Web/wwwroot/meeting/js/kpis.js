// The period's dossier figures beside the period before and the same period a year before, each with its change:
// an arrow, the absolute change and the relative one (points for a rate), coloured by whether it is better or worse.
import { h, fill } from './dom.js';
import { int, shortPeriod, level } from '/wall/js/format.js';

// better: +1 when a rise is good, -1 when a fall is good, 0 when neither (more dossiers received is not a merit).
const MEASURES = [
  { key: 'received', label: 'Tiếp nhận', better: 0 },
  { key: 'resolved', label: 'Đã giải quyết', better: 1 },
  { key: 'onTimeRate', label: 'Tỷ lệ giải quyết đúng hạn', better: 1, rate: true },
  { key: 'late', label: 'Giải quyết trễ hạn', better: -1 },
  { key: 'overdue', label: 'Đang giải quyết quá hạn', better: -1 },
  { key: 'onlineRate', label: 'Tỷ lệ tiếp nhận trực tuyến', better: 1, rate: true },
];

const COMPARED = { previous: 'Kỳ trước', lastYear: 'Cùng kỳ năm trước' };

const valueText = (measures, m) => (m.rate ? measures[`${m.key}Text`] : int(measures[m.key]));

function changeLine(comparison, m) {
  const change = comparison.change[m.key];
  const amount = m.rate ? change.points : change.absolute;
  const arrow = amount === null || amount === undefined || amount === 0 ? '–' : amount > 0 ? '▲' : '▼';
  const tone = !amount || m.better === 0 ? 'flat' : Math.sign(amount) === m.better ? 'better' : 'worse';
  const text = m.rate ? change.pointsText : `${amount > 0 ? '+' : ''}${int(amount)} (${change.relativeText})`;
  return h('div', { class: 'm-compare', dataset: { compare: comparison.kind } },
    h('span', { class: 'm-compare-name', title: shortPeriod(comparison.from, comparison.to) }, `${COMPARED[comparison.kind]}: `),
    h('span', { class: 'm-compare-value' }, valueText(comparison, m)),
    h('span', { class: `m-change ${tone}`, dataset: { testid: `change-${m.key}-${comparison.kind}` } }, ` ${arrow} ${text}`),
    comparison.scopeChangedText ? h('span', { class: 'm-scope', title: 'Số liệu hai kỳ không cùng phạm vi đơn vị' }, ` ⚠ ${comparison.scopeChangedText}`) : null);
}

/** Renders the cards of the workload response (total and comparisons). */
export function render(container, workload, thresholds) {
  const comparisons = workload.comparisons ?? [];
  fill(container, MEASURES.map((m) => h('article', {
    class: 'm-kpi',
    dataset: { measure: m.key, level: m.key === 'onTimeRate' ? level(workload.total.onTimeRate, thresholds) : '' },
  },
  h('h3', {}, m.label),
  h('div', { class: 'm-kpi-value', dataset: { testid: `kpi-${m.key}` } }, valueText(workload.total, m)),
  comparisons.map((c) => changeLine(c, m)))));
  const dates = comparisons.map((c) => `${COMPARED[c.kind].toLowerCase()}: ${shortPeriod(c.from, c.to)}`).join('; ');
  container.append(h('p', { class: 'meta m-kpi-note' }, `Hồ sơ thủ tục hành chính của ${workload.unitName}, kỳ ${shortPeriod(workload.from, workload.to)}; so với ${dates}.`));
}
