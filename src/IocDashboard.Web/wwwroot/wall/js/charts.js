// Shared ECharts plumbing: one instance per container for the life of the page (no re-init, no leak),
// colours from the CSS theme, and sizes in the same viewport unit as the CSS (1rem).
const instances = new Map();

/** The ECharts instance of a container, created once. */
export function chart(el) {
  let c = instances.get(el);
  if (!c) {
    c = window.echarts.init(el, null, { renderer: 'canvas' });
    instances.set(el, c);
  }
  return c;
}

/** Dispose the instance of a container that is about to be removed from the page. */
export function dispose(el) {
  const c = instances.get(el);
  if (c) {
    c.dispose();
    instances.delete(el);
  }
}

export function resizeAll() {
  for (const c of instances.values()) c.resize();
}

/** 1rem in CSS pixels: 15 at 1080p, 30 at 2160p. Chart font sizes are multiples of it. */
export function rem(n = 1) {
  return n * parseFloat(getComputedStyle(document.documentElement).fontSize);
}

const STATUS_KEYS = ['inProgressOnTime', 'inProgressOverdue', 'completedOnTime', 'completedLate', 'completedAwaitingConfirmation'];

let cachedTheme = null;
/**
 * Theme colours, read once from the CSS custom properties: the status and band colours from /wall/palette.css
 * (the server's chart palette), the dark theme from wall.css.
 */
export function theme() {
  if (cachedTheme) return cachedTheme;
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  cachedTheme = {
    text: v('--text'), muted: v('--muted'), dim: v('--dim'), grid: v('--grid'), panel: v('--panel'), cyan: v('--cyan'),
    green: v('--level-green'), amber: v('--level-amber'), red: v('--level-red'), received: v('--received'),
    font: v('--font'),
    status: Object.fromEntries(STATUS_KEYS.map((key) => [key, v(`--status-${key}`)])),
  };
  return cachedTheme;
}

/** A palette colour ("#rrggbb") made translucent, for canvas fills that CSS color-mix cannot reach. */
export function fade(hex, alpha) {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m ? `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})` : hex;
}

export function levelColour(key) {
  const t = theme();
  return key === 'green' ? t.green : key === 'amber' ? t.amber : key === 'red' ? t.red : t.dim;
}

/** Options every chart shares: font, no tooltip (nobody hovers on a wall), calm update animation. */
export function base() {
  const t = theme();
  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: t.font, color: t.text, fontSize: rem(1.1) },
    animationDuration: 600,
    animationDurationUpdate: 600,
    tooltip: { show: false },
  };
}
