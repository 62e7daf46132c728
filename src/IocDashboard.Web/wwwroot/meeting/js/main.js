// The weekly leadership meeting page: reads the state from the address, asks the API for the period and its figures,
// renders them, and keeps the address in step (links can be shared, back and forward work, ← and → step the period).
import { get } from './api.js';
import { read, href, query, PROVINCE } from './state.js';
import * as kpis from './kpis.js';
import * as breakdown from './breakdown.js';
import * as serviceIndex from './service-index.js';
import * as since from './since.js';
import * as accountability from './accountability.js';
import * as charts from './charts.js';
import * as crumbs from './crumbs.js';

const root = document.getElementById('meeting');
const $ = (id) => document.getElementById(id);
const thresholds = { green: Number(root.dataset.green), amber: Number(root.dataset.amber), minimumCases: Number(root.dataset.minimumCases) };

// What changed since the last meeting (to today) is the same whatever period or unit is shown: read once a page,
// not again at every step or drill (read again only after a failure).
let changesRead = null;
const changesSinceLastMeeting = () => (changesRead ??= get('/api/changes').catch((error) => { changesRead = null; throw error; }));

let generation = 0;
let shown = null; // { state, period } of what the page shows

async function load(requested, mode) {
  const token = ++generation;
  root.dataset.state = 'loading';
  $('error').hidden = true;
  try {
    const period = await get('/api/meeting/period', { period: requested.period, cutoff: requested.cutoff, kind: requested.kind });
    const state = { period: period.key, cutoff: period.cutoff, kind: '', unit: requested.unit || PROVINCE, view: requested.view };
    if (token !== generation) return;
    if (mode === 'push') window.history.pushState(state, '', href(state));
    else window.history.replaceState(state, '', href(state));

    const range = { from: period.from, to: period.to };
    const fieldsAsked = state.view === 'fields';
    const [workload, tree, index, changes, behind] = await Promise.all([
      get('/api/dossiers/workload', { ...range, unit: state.unit, by: fieldsAsked ? 'field' : 'unit', compare: 'previous,lastYear' }),
      get('/api/org-units', { asOf: period.to }),
      get('/api/service-index', { ...range, unit: state.unit }),
      changesSinceLastMeeting(),
      get('/api/accountability', { asOf: period.to }),
    ]);
    // The ranking is the way down from a unit with agencies, districts or communes under it; from any other (a
    // commune with its service centre, an agency) the procedure fields are, unless the units are asked for.
    const below = crumbs.children(tree, state.unit);
    const ranked = below.some((u) => ['agency', 'district', 'commune'].includes(u.kind));
    const view = below.length > 0 && (state.view === 'units' || (state.view !== 'fields' && ranked)) ? 'units' : 'fields';
    const rows = view === 'fields' && !fieldsAsked
      ? await get('/api/dossiers/workload', { ...range, unit: state.unit, by: 'field' })
      : workload;
    if (token !== generation) return;

    shown = { state, period };
    renderPeriod(period);
    const link = (unit) => href({ ...state, unit, view: '' });
    crumbs.render($('crumbs'), tree, state.unit, workload.unitName, period.to, link);
    kpis.render($('kpis'), workload, thresholds);
    renderScope(workload);
    renderBreakdown(view, rows, below.length === 0, link);
    serviceIndex.render($('service-index-body'), index);
    charts.render($('charts-body'), { unit: state.unit, ...range, isProvince: state.unit === PROVINCE, localKind: crumbs.localKind(tree, PROVINCE) });
    since.render($('since-title'), $('since-body'), changes);
    accountability.render($('accountability-title'), $('accountability-body'), behind);
    $('export-pdf').href = `/api/meeting.pdf?${query({ ...state, view })}`;
    document.title = `Họp giao ban · ${workload.unitName} · ${period.name} — IOC Tây Ninh`;
    // readyMs: milliseconds from the navigation to the first view with its figures (bench/run.sh reads it).
    if (!root.dataset.readyMs) root.dataset.readyMs = String(Math.round(performance.now()));
    Object.assign(root.dataset, { state: 'ready', period: state.period, unit: state.unit, view });
  } catch (error) {
    if (token !== generation) return;
    $('error').textContent = `Không đọc được số liệu: ${error.message}`;
    $('error').hidden = false;
    root.dataset.state = 'error';
  }
}

function renderPeriod(period) {
  $('period-label').textContent = period.label;
  $('previous').disabled = period.previous === null;
  $('next').disabled = period.next === null;
  for (const button of $('kinds').querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.kind === period.kind));
  }
  $('cutoff').value = period.cutoff;
  $('cutoff').hidden = period.kind !== 'quarter';
  $('custom').hidden = period.kind !== 'custom';
  $('custom-from').value = period.from;
  $('custom-to').value = period.to;
}

function renderScope(workload) {
  const notes = [workload.scopeChangedText, workload.approximateText].filter(Boolean);
  $('scope-note').textContent = notes.length > 0 ? `⚠ Trong kỳ: ${notes.join('; ')}.` : '';
  $('scope-note').hidden = notes.length === 0;
}

function renderBreakdown(view, workload, leaf, link) {
  for (const tab of document.querySelectorAll('.m-tabs [data-view]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    if (tab.dataset.view === 'units') tab.disabled = leaf;
  }
  $('breakdown-title').textContent = view === 'units' ? 'Xếp hạng đơn vị trực thuộc' : 'Theo lĩnh vực thủ tục';
  $('breakdown-legend').textContent = `Tỷ lệ đúng hạn: xanh từ ${Math.round(thresholds.green * 100)}%, vàng từ ${Math.round(thresholds.amber * 100)}%, đỏ dưới ${Math.round(thresholds.amber * 100)}% (ngưỡng của màn hình tường); dưới ${thresholds.minimumCases} hồ sơ đã giải quyết thì không xếp hạng, không tô màu.`;
  if (view === 'units') breakdown.renderUnits($('breakdown-body'), workload, thresholds, link);
  else breakdown.renderFields($('breakdown-body'), workload, thresholds);
}

const go = (change) => shown && load({ ...shown.state, ...change }, 'push');

$('previous').addEventListener('click', () => shown?.period.previous && go({ period: shown.period.previous }));
$('next').addEventListener('click', () => shown?.period.next && go({ period: shown.period.next }));
$('cutoff').addEventListener('change', (e) => go({ cutoff: e.target.value }));
$('kinds').addEventListener('click', (e) => {
  const kind = e.target.closest('button')?.dataset.kind;
  if (!kind || !shown) return;
  if (kind === 'custom') {
    $('custom').hidden = false;
    $('custom-from').focus();
  } else {
    go({ kind });
  }
});
$('custom').addEventListener('submit', (e) => {
  e.preventDefault();
  go({ period: `${$('custom-from').value}..${$('custom-to').value}` });
});
for (const tab of document.querySelectorAll('.m-tabs [data-view]')) {
  tab.addEventListener('click', () => go({ view: tab.dataset.view }));
}

// Links within the page (drill-down, breadcrumb) change the view without reloading; the address is their state.
root.addEventListener('click', (e) => {
  const a = e.target.closest('a[href^="/meeting"]');
  if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  load(read(new URL(a.href).search), 'push');
});

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest('input, select, textarea')) return;
  if (e.key === 'ArrowLeft') $('previous').click();
  else if (e.key === 'ArrowRight') $('next').click();
});

window.addEventListener('popstate', () => load(read(), 'replace'));

load(read(), 'replace');
