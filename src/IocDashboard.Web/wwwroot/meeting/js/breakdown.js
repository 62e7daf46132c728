// The breakdown of the period's work: the units under the one shown, ranked worst first within each kind and
// coloured with the wall's bands (each a link that drills into it), or the procedure fields, most work first. As on
// the wall, a rate over fewer than minimumCases resolved dossiers is neither ranked nor coloured: such units follow.
import { h, fill } from './dom.js';
import { int, level } from '/wall/js/format.js';

const KINDS = [
  ['agency', 'Sở, ban, ngành'],
  ['district', 'Huyện, thị xã, thành phố'],
  ['commune', 'Xã, phường, thị trấn'],
  ['serviceCentre', 'Trung tâm phục vụ hành chính công'],
];
const SHOWN = 12;

/** The rate when it is shown as one (over enough resolved dossiers), else null. */
const shown = (row, thresholds) => (row.resolved >= thresholds.minimumCases ? row.onTimeRate : null);

function rateCell(row, thresholds) {
  return h('td', { class: 'num m-rate', dataset: { level: level(shown(row, thresholds), thresholds) } }, row.onTimeRateText);
}

/** Ranked rows worst first (place 1, 2, …), then the rows whose rate is not shown, unranked, by name. */
function ranked(rows, thresholds) {
  const withRate = rows.filter((r) => shown(r, thresholds) !== null)
    .sort((a, b) => a.onTimeRate - b.onTimeRate || a.code.localeCompare(b.code))
    .map((row, i) => ({ row, place: i + 1 }));
  const others = rows.filter((r) => shown(r, thresholds) === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((row) => ({ row, place: '–' }));
  return [...withRate, ...others];
}

function numbers(row, thresholds) {
  return [
    h('td', { class: 'num' }, int(row.toHandle)),
    h('td', { class: 'num' }, int(row.resolved)),
    rateCell(row, thresholds),
    h('td', { class: 'num' }, int(row.late)),
    h('td', { class: 'num' }, int(row.overdue)),
  ];
}

const head = (first) => h('thead', {}, h('tr', {},
  h('th', { class: 'num' }, '#'), h('th', {}, first), h('th', { class: 'num' }, 'Phải giải quyết'), h('th', { class: 'num' }, 'Đã giải quyết'),
  h('th', { class: 'num' }, 'Đúng hạn'), h('th', { class: 'num' }, 'Trễ hạn'), h('th', { class: 'num' }, 'Quá hạn')));

/** A table whose rows past the first few sit behind a button, so a list of 96 communes does not push the page away. */
function table(first, rows, renderRow) {
  const body = h('tbody', {}, rows.map(renderRow));
  const element = h('table', { class: 'grid m-grid' }, head(first), body);
  if (rows.length <= SHOWN) return element;
  const hidden = [...body.children].slice(SHOWN);
  hidden.forEach((tr) => { tr.hidden = true; });
  const toggle = h('button', { type: 'button', class: 'secondary m-show-all' }, `Hiện tất cả ${rows.length}`);
  toggle.addEventListener('click', () => {
    const show = hidden[0].hidden;
    hidden.forEach((tr) => { tr.hidden = !show; });
    toggle.textContent = show ? `Thu gọn (${SHOWN} đầu)` : `Hiện tất cả ${rows.length}`;
  });
  return h('div', {}, element, toggle);
}

/** The units under workload.unit (the unit's own row left out), by kind; drill(code) makes each row's link. */
export function renderUnits(container, workload, thresholds, link) {
  const rows = workload.rows.filter((r) => r.code !== workload.unit && (r.toHandle > 0 || r.resolved > 0));
  const groups = KINDS.map(([kind, title]) => [title, rows.filter((r) => r.kind === kind)])
    .concat([['Đơn vị khác', rows.filter((r) => !KINDS.some(([k]) => k === r.kind))]])
    .filter(([, list]) => list.length > 0);
  fill(container, groups.map(([title, list]) => h('div', { class: 'm-group' },
    h('h3', {}, `${title} (${list.length})`),
    table('Đơn vị', ranked(list, thresholds), ({ row, place }) => h('tr', { dataset: { unit: row.code } },
      h('td', { class: 'num' }, place),
      h('td', {}, h('a', { href: link(row.code), class: 'm-drill', dataset: { unit: row.code } }, row.name)),
      numbers(row, thresholds))))));
  return rows.length;
}

/** The procedure fields of the unit, most work first. */
export function renderFields(container, workload, thresholds) {
  const rows = workload.rows.filter((r) => r.toHandle > 0 || r.resolved > 0).sort((a, b) => b.toHandle - a.toHandle);
  fill(container, rows.length === 0
    ? h('p', { class: 'meta' }, 'Không có hồ sơ trong kỳ.')
    : table('Lĩnh vực', rows, (row, i) => h('tr', { dataset: { field: row.code } },
      h('td', { class: 'num' }, i + 1), h('td', {}, row.name), numbers(row, thresholds))));
}
