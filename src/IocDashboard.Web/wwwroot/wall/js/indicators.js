// Page "indicators": the headline "9/16 chỉ tiêu đạt" and one tile per digital-transformation indicator
// (actual against target, achieved badge, monthly sparkline with the target as a dashed line).
import { base, chart, dispose, rem, theme } from './charts.js';
import { date, month, num, setText } from './format.js';

const $ = (id) => document.getElementById(id);
let tileCodes = '';
const tiles = new Map(); // code → { root, name, actual, target, badge, spark }

export function render(ind, _ctx) {
  if (!ind) return;
  const items = ind.items ?? [];
  const achieved = ind.achieved ?? items.filter((i) => i.achieved).length;
  const total = ind.total ?? items.length;
  // An indicator without a target for the year is not judged: the achieved count is out of those with one.
  const withTarget = ind.withTarget ?? total;
  // achievedText is "9/16 chỉ tiêu đạt": the figure goes in the big span, the words after it.
  const m = /^\s*(\d+\s*\/\s*\d+)\s*(.*)$/.exec(ind.achievedText ?? '');
  setText($('indicators-achieved'), m ? m[1].replace(/\s+/g, '') : `${achieved}/${withTarget}`);
  setText($('indicators-achieved-text'), m ? m[2] || 'chỉ tiêu đạt' : 'chỉ tiêu đạt');
  $('indicators-bar').style.width = `${withTarget > 0 ? (100 * achieved) / withTarget : 0}%`;
  setText($('indicators-asof'), [
    ind.year ? `Kế hoạch năm ${ind.year}` : '',
    ind.asOf ? `số liệu đến ${date(ind.asOf)}` : '',
    total > withTarget ? `${total - withTarget} chỉ tiêu chưa giao` : '',
  ].filter(Boolean).join(' · '));

  ensureTiles(items);
  for (const item of items) fillTile(tiles.get(item.code), item);
}

function ensureTiles(items) {
  const codes = items.map((i) => i.code).join('|');
  if (codes === tileCodes) return;
  tileCodes = codes;
  for (const t of tiles.values()) dispose(t.spark);
  tiles.clear();
  const grid = $('indicator-tiles');
  const rows = Math.max(1, Math.ceil(items.length / 4));
  grid.style.gridTemplateRows = `repeat(${rows}, minmax(0, 1fr))`;
  grid.replaceChildren(...items.map((item) => {
    const root = document.createElement('div');
    root.className = 'tile';
    root.dataset.testid = 'indicator-tile';
    root.dataset.code = item.code;
    const name = document.createElement('div');
    name.className = 'tile-name';
    const figures = document.createElement('div');
    figures.className = 'tile-figures';
    const actual = document.createElement('span');
    actual.className = 'tile-actual';
    const target = document.createElement('span');
    target.className = 'tile-target';
    const badge = document.createElement('span');
    badge.className = 'badge';
    figures.append(actual, target, badge);
    const spark = document.createElement('div');
    spark.className = 'tile-spark';
    root.append(name, figures, spark);
    tiles.set(item.code, { root, name, actual, target, badge, spark });
    return root;
  }));
}

function fillTile(tile, item) {
  if (!tile) return;
  const t = theme();
  tile.root.classList.toggle('achieved', !!item.achieved);
  tile.root.classList.toggle('unjudged', typeof item.target !== 'number');
  tile.root.dataset.achieved = item.achieved ? 'true' : 'false';
  const nameText = `${item.code} ${item.name ?? ''}`;
  if (tile.name.dataset.text !== nameText) {
    tile.name.dataset.text = nameText;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = item.code;
    tile.name.replaceChildren(code, document.createTextNode(item.name ?? ''));
    tile.name.title = item.name ?? '';
  }
  // A year without a target (the district level's indicator after it was abolished): say so, judge nothing.
  const hasTarget = typeof item.target === 'number';
  setText(tile.actual, item.actualText ?? num(item.actual));
  setText(tile.target, hasTarget ? `/ mục tiêu ${item.targetText ?? num(item.target)}` : '· chưa giao chỉ tiêu');
  setText(tile.badge, hasTarget ? (item.achieved ? 'Đạt' : 'Chưa đạt') : '');
  tile.badge.className = hasTarget ? `badge ${item.achieved ? 'ok' : 'no'}` : 'badge';

  const series = item.series ?? [];
  const colour = !hasTarget ? t.muted : item.achieved ? t.green : t.red;
  const values = series.map((p) => p.value);
  const all = hasTarget ? [...values, item.target] : values;
  const lo = all.length ? Math.min(...all) : 0;
  const hi = all.length ? Math.max(...all) : 1;
  const pad = (hi - lo) * 0.12 || 1;
  chart(tile.spark).setOption({
    ...base(),
    animation: false,
    grid: { left: rem(0.2), right: rem(0.5), top: rem(0.5), bottom: rem(0.4) },
    xAxis: { type: 'category', data: series.map((p) => month(p.period, true)), show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, min: lo - pad, max: hi + pad },
    // No value in the year (the district level's indicator after it was abolished): say when the last one was.
    graphic: series.length === 0 && item.actualPeriod ? [{
      type: 'text', left: 'center', top: 'middle',
      style: { text: `Số liệu cuối: ${month(item.actualPeriod)}`, fill: t.muted, fontSize: rem(1.05) },
    }] : [],
    series: [{
      type: 'line',
      data: values,
      smooth: true,
      symbol: 'none',
      lineStyle: { color: colour, width: Math.max(1.5, rem(0.2)) },
      areaStyle: { color: colour, opacity: 0.14 },
      emphasis: { disabled: true },
      markLine: hasTarget ? {
        silent: true,
        symbol: 'none',
        label: { show: false },
        lineStyle: { color: t.muted, type: 'dashed', width: Math.max(1, rem(0.1)) },
        data: [{ yAxis: item.target }],
      } : undefined,
    }],
  }, { notMerge: true });
}
