// The wall page: reads ?screen= / ?kiosk=1 / ?page= / ?demo=, keeps the clock, the playlist and the
// connection badge, and hands each panel payload to its module. The last data stays on screen whatever
// happens to the connection.
import { resizeAll } from './charts.js';
import * as dossiers from './dossiers.js';
import * as feedback from './feedback.js';
import { longDate, setText, time } from './format.js';
import { connectHub } from './hub.js';
import * as indicators from './indicators.js';
import * as sources from './sources.js';
import * as tasks from './tasks.js';
import * as units from './units.js';

const params = new URLSearchParams(location.search);
const screen = params.get('screen') || 'main';
const kiosk = params.get('kiosk') === '1';
const pinned = params.get('page');
const demo = params.get('demo');

const PAGES = [...document.querySelectorAll('.page')].map((el) => el.dataset.page);
const RENDERERS = {
  tasks: tasks.render,
  indicators: indicators.render,
  dossiers: (payload, ctx) => {
    dossiers.render(payload, ctx);
    units.render(payload, ctx);
    // The "units" page shows its units a page at a time: the playlist has one entry per page.
    configurePlaylist(state.config);
  },
  feedback: feedback.render,
};
const STATE_TEXT = {
  connecting: 'đang kết nối…',
  connected: 'đã kết nối',
  reconnecting: 'mất kết nối',
  disconnected: 'mất kết nối',
  revoked: 'Mã màn hình đã bị thu hồi',
  'wrong-screen': 'Mã màn hình dành cho màn hình khác',
};

const state = {
  config: { title: '', pages: PAGES, rotateSeconds: 20, thresholds: { green: 0.95, amber: 0.9 } },
  panels: {},
};

document.body.classList.toggle('kiosk', kiosk);
document.body.dataset.screen = screen;

// ---------- clock and freshness ----------
// The wall shows the server's time, not the display computer's: the offset is taken from each message's generatedAt.
let clockOffset = 0;
function syncClock(generatedAt) {
  const server = Date.parse(generatedAt ?? '');
  if (Number.isFinite(server)) clockOffset = server - Date.now();
}

let ticks = 0;
function tick() {
  const now = new Date(Date.now() + clockOffset);
  setText(document.getElementById('clock-time'), time(now));
  setText(document.getElementById('clock-date'), longDate(now));
  ticks += 1;
  if (ticks % 15 === 0) sources.refresh();
}
tick();
setInterval(tick, 1000);

// ---------- playlist ----------
let playlistKey = '';
let rotateTimer = 0;
let current = null;

/** A playlist entry is a page ("dossiers") or one page of the units page ("units#2"). */
function showPage(entry) {
  current = entry;
  const [name, part] = entry.split('#');
  if (name === 'units') units.show(Number(part ?? 1) - 1);
  for (const el of document.querySelectorAll('.page')) el.classList.toggle('active', el.dataset.page === name);
  for (const el of document.querySelectorAll('#page-tabs span')) el.classList.toggle('active', el.dataset.page === entry);
  const bar = document.getElementById('rotate-progress');
  bar.classList.remove('running');
  if (rotateTimer) {
    void bar.offsetWidth; // restart the progress animation
    bar.classList.add('running');
  }
}

function configurePlaylist(config) {
  const pages = (Array.isArray(config.pages) ? config.pages : PAGES).filter((p) => PAGES.includes(p));
  const order = pages.length > 0 ? pages : PAGES;
  const seconds = Math.max(5, Number(config.rotateSeconds) || 20);
  const unitPages = units.pageCount();
  const key = `${order.join(',')}@${seconds}@${pinned ?? ''}@${unitPages}`;
  if (key === playlistKey) return;
  playlistKey = key;

  clearInterval(rotateTimer);
  rotateTimer = 0;
  // ?page= pins a page ("units"), or one page of the units page ("units#2").
  const pinnedPage = pinned?.split('#')[0];
  const entries = pinnedPage && PAGES.includes(pinnedPage) ? [pinnedPage] : order;
  const all = entries.flatMap((p) => (p === 'units' && unitPages > 1 ? Array.from({ length: unitPages }, (_, i) => `units#${i + 1}`) : [p]));
  const shown = pinned?.includes('#') && all.includes(pinned) ? [pinned] : all;
  const tabs = shown.map((entry) => {
    const [p, part] = entry.split('#');
    const span = document.createElement('span');
    span.dataset.page = entry;
    span.textContent = document.querySelector(`.page[data-page="${p}"]`).dataset.title + (part ? ` ${part}/${unitPages}` : '');
    return span;
  });
  document.getElementById('page-tabs').replaceChildren(...tabs);
  document.documentElement.style.setProperty('--rotate-seconds', `${seconds}s`);
  if (shown.length > 1) {
    rotateTimer = setInterval(() => {
      const i = shown.indexOf(current);
      showPage(shown[(i + 1) % shown.length]);
    }, seconds * 1000);
  }
  showPage(shown.includes(current) ? current : shown[0]);
}

// ---------- rendering ----------
function renderPanel(kind, payload, force = false) {
  try {
    if (kind === 'sources') sources.update(payload);
    else RENDERERS[kind]?.(payload, { thresholds: state.config.thresholds }, force);
  } catch (e) {
    // One bad payload must not take the other panels (or the last data) down.
    console.warn(`wall: panel ${kind} not rendered`, e);
  }
}

function applyConfig(config) {
  if (!config) return;
  state.config = { ...state.config, ...config, thresholds: { ...state.config.thresholds, ...(config.thresholds ?? {}) } };
  if (config.title) {
    setText(document.getElementById('wall-title'), config.title);
    document.title = config.title;
  }
  configurePlaylist(state.config);
}

function onSnapshot(s) {
  syncClock(s.generatedAt);
  applyConfig(s.config);
  for (const [kind, payload] of Object.entries(s.panels ?? {})) {
    state.panels[kind] = payload;
    renderPanel(kind, payload);
  }
}

function onChanged(u) {
  syncClock(u.generatedAt);
  for (const [kind, payload] of Object.entries(u.panels ?? {})) {
    state.panels[kind] = payload;
    renderPanel(kind, payload);
  }
}

function onSequence(seq) {
  setText(document.getElementById('last-sequence'), seq === null ? '–' : String(seq));
}

function onState(s) {
  const badge = document.getElementById('connection-state');
  badge.dataset.state = s;
  badge.hidden = s === 'connected';
  setText(badge, STATE_TEXT[s] ?? s);
}

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    resizeAll();
    for (const [kind, payload] of Object.entries(state.panels)) renderPanel(kind, payload, true);
  }, 200);
});

// ---------- start ----------
configurePlaylist(state.config);

async function fontsReady() {
  const sample = 'Nhiệm vụ đúng hạn 0123456789';
  const loads = ['400', '600', '700'].map((w) => document.fonts.load(`${w} 16px "Be Vietnam Pro"`, sample));
  await Promise.race([Promise.allSettled(loads), new Promise((r) => setTimeout(r, 3000))]);
}

await fontsReady();
const handlers = { onSnapshot, onChanged, onSequence, onState };
if (demo) {
  const { startDemo } = await import('./demo.js');
  await startDemo({ ...handlers, live: demo === 'live', interval: Number(params.get('interval')) || 2000 });
} else {
  connectHub({ screen, ...handlers });
}
if (params.get('check') === '1') {
  const { checkOverflow } = await import('../dev/check.js');
  setTimeout(checkOverflow, 2500);
}
