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

let cachedTheme = null;
/** Theme colours, read once from the CSS custom properties. */
export function theme() {
  if (cachedTheme) return cachedTheme;
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  cachedTheme = {
    text: v('--text'), muted: v('--muted'), dim: v('--dim'), grid: v('--grid'), panel: v('--panel'),
    green: v('--green'), amber: v('--amber'), red: v('--red'), blue: v('--blue'), cyan: v('--cyan'), violet: v('--violet'),
    font: v('--font'),
    status: {
      inProgressOnTime: v('--blue'),
      inProgressOverdue: v('--red'),
      completedOnTime: v('--green'),
      completedLate: v('--amber'),
      completedAwaitingConfirmation: v('--violet'),
    },
  };
  return cachedTheme;
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
