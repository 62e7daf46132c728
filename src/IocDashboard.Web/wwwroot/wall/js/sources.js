// Freshness of the data sources: a dot per source in the header (green / red, grouped by kind) and the
// "dữ liệu cũ · n phút" badge on every panel fed by a stale kind. Minutes keep counting on the client
// from the moment the payload arrived, so a source also turns stale while the server is unreachable.
import { setText, staleText } from './format.js';

const KINDS = [
  ['dossiers', 'Hồ sơ'],
  ['tasks', 'Nhiệm vụ'],
  ['indicators', 'Chỉ tiêu'],
  ['feedback', 'PAKN'],
];

let sources = [];
let receivedAt = 0;
let layoutKey = '';
const groups = new Map(); // kind → { root, dots: Map(id → el), text }

export function update(list) {
  sources = Array.isArray(list) ? list : [];
  receivedAt = Date.now();
  refresh();
}

/** Minutes since the source's last success, as of now. */
function minutesOf(s) {
  if (typeof s.minutesSinceSuccess !== 'number') return null;
  return s.minutesSinceSuccess + (Date.now() - receivedAt) / 60000;
}

function isStale(s) {
  const minutes = minutesOf(s);
  return !!s.stale || minutes === null || (typeof s.freshnessSlaMinutes === 'number' && minutes > s.freshnessSlaMinutes);
}

/** Re-evaluate staleness (called on every update and on a timer). */
export function refresh() {
  ensureLayout();
  const staleByKind = new Map();
  for (const s of sources) {
    const stale = isStale(s);
    const dot = groups.get(s.kind)?.dots.get(s.id);
    if (dot) {
      dot.classList.toggle('stale', stale);
      dot.dataset.stale = String(stale);
      const minutes = minutesOf(s);
      const title = `${s.name}${stale ? ` — ${staleText(minutes)}` : ''}`;
      if (dot.title !== title) dot.title = title;
    }
    if (stale) {
      const minutes = minutesOf(s);
      const worst = staleByKind.get(s.kind);
      // The worst (longest) delay of the kind; a source that never loaded counts as the worst.
      if (worst === undefined || worst !== null && (minutes === null || minutes > worst)) staleByKind.set(s.kind, minutes);
    }
  }
  for (const [kind, g] of groups) {
    const stale = staleByKind.has(kind);
    g.text.hidden = !stale;
    setText(g.text, stale ? staleText(staleByKind.get(kind)) : '');
  }
  for (const badge of document.querySelectorAll('.stale-badge[data-kind]')) {
    const kind = badge.dataset.kind;
    const stale = staleByKind.has(kind);
    badge.hidden = !stale;
    badge.dataset.testid = `stale-${kind}`;
    setText(badge, stale ? staleText(staleByKind.get(kind)) : '');
  }
}

function ensureLayout() {
  const key = sources.map((s) => `${s.kind}:${s.id}`).join('|');
  if (key === layoutKey) return;
  layoutKey = key;
  groups.clear();
  const host = document.getElementById('sources');
  const kinds = [...KINDS];
  for (const s of sources) if (!kinds.some(([k]) => k === s.kind)) kinds.push([s.kind, s.kind]);
  const nodes = [];
  for (const [kind, label] of kinds) {
    const own = sources.filter((s) => s.kind === kind);
    if (own.length === 0) continue;
    const root = document.createElement('span');
    root.className = 'source-group';
    root.dataset.kind = kind;
    const name = document.createElement('span');
    name.className = 'label';
    name.textContent = label;
    const dotsEl = document.createElement('span');
    dotsEl.className = 'source-dots';
    const dots = new Map();
    for (const s of own) {
      const dot = document.createElement('i');
      dot.className = 'dot';
      dot.dataset.testid = `source-${s.id}`;
      dot.dataset.source = s.id;
      dotsEl.append(dot);
      dots.set(s.id, dot);
    }
    const text = document.createElement('span');
    text.className = 'stale-text';
    text.dataset.testid = `source-stale-${kind}`;
    text.hidden = true;
    root.append(name, dotsEl, text);
    nodes.push(root);
    groups.set(kind, { root, dots, text });
  }
  host.replaceChildren(...nodes);
}
