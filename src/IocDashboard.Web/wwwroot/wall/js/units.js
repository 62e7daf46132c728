// Page "units": every unit of the local level (district-level units before 1 July 2025, the 96 communes and
// wards since) with its on-time rate of the last 30 days, worst first, a page of tiles at a time. The playlist
// shows each page in turn (main.js asks pageCount()), so the whole province passes on the wall.
import { levelColour } from './charts.js';
import { int, level, rate, setText, shortPeriod } from './format.js';
import { LOCAL_TITLE } from './dossiers.js';

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 48;
let units = [];
let shown = 0;
let lastThresholds = null;

export function render(d, ctx) {
  if (!d) return;
  const local = d.local ?? {};
  units = local.units ?? [];
  lastThresholds = ctx.thresholds;
  setText($('units-title'), `${LOCAL_TITLE[local.kind] ?? 'Đơn vị'}: tỷ lệ giải quyết đúng hạn`);
  setText($('units-period'), `30 ngày: ${shortPeriod(local.from, local.to)} · thấp nhất trước`);
  show(Math.min(shown, pageCount() - 1));
}

export const pageCount = () => Math.max(1, Math.ceil(units.length / PAGE_SIZE));

/** Fills the grid with page k (0-based) of the units. */
export function show(k) {
  shown = Math.max(0, k);
  const pages = pageCount();
  setText($('units-page'), pages > 1 ? `Trang ${shown + 1}/${pages}` : '');
  const grid = $('units-grid');
  const slice = units.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE);
  grid.replaceChildren(...slice.map((u, i) => tile(u, shown * PAGE_SIZE + i + 1)));
}

function tile(u, position) {
  const key = level(u.onTimeRate, lastThresholds);
  const root = document.createElement('div');
  root.className = 'unit-tile';
  root.dataset.testid = 'unit-tile';
  root.dataset.level = key;
  root.style.borderLeftColor = levelColour(key);
  const name = document.createElement('span');
  name.className = 'unit-name ellipsis';
  name.textContent = `${position}. ${u.name}`;
  name.title = u.name;
  const value = document.createElement('span');
  value.className = 'unit-rate';
  value.style.color = levelColour(key);
  const rated = typeof u.onTimeRate === 'number';
  value.textContent = rated ? rate(u.onTimeRate, u.onTimeRateText) : `${int(u.resolved)} hồ sơ`;
  const count = document.createElement('span');
  count.className = 'unit-count muted ellipsis';
  count.textContent = rated ? `${int(u.resolved)} đã giải quyết` : 'chưa đủ để tính tỷ lệ';
  root.append(name, value, count);
  return root;
}
