// Page "tasks": the five statuses of the reform tasks (donut + numbers), stacked bars by reform area,
// and a slowly scrolling list of overdue tasks.
import { base, chart, rem, theme } from './charts.js';
import { date, int, setText } from './format.js';

export const STATUSES = [
  ['inProgressOnTime', 'Đang thực hiện trong hạn'],
  ['inProgressOverdue', 'Đang thực hiện quá hạn'],
  ['completedOnTime', 'Hoàn thành đúng hạn'],
  ['completedLate', 'Hoàn thành quá hạn'],
  ['completedAwaitingConfirmation', 'Hoàn thành chờ xác nhận'],
];

const $ = (id) => document.getElementById(id);
let overdueKey = null;

export function render(tasks, _ctx, force = false) {
  if (!tasks) return;
  setText($('tasks-total'), int(tasks.total));
  for (const [key] of STATUSES) {
    setText(document.querySelector(`[data-testid="tasks-${key}"]`), int(tasks[key]));
  }
  setText($('tasks-asof'), tasks.asOf ? `Số liệu đến ngày ${date(tasks.asOf)}` : '');
  for (const el of document.querySelectorAll('[data-role="tasks-day"]')) setText(el, tasks.asOf ? `đến ${date(tasks.asOf)}` : '');
  renderDonut(tasks);
  renderAreas(tasks.byArea ?? []);
  renderOverdue(tasks.overdue ?? [], force);
}

function renderDonut(tasks) {
  const t = theme();
  const data = STATUSES.map(([key, name]) => ({
    name,
    value: tasks[key] ?? 0,
    itemStyle: { color: t.status[key] },
    label: { show: (tasks[key] ?? 0) > 0 },
    labelLine: { show: (tasks[key] ?? 0) > 0 },
  }));
  chart($('tasks-donut')).setOption({
    ...base(),
    series: [{
      type: 'pie',
      radius: ['56%', '78%'],
      center: ['50%', '50%'],
      startAngle: 90,
      avoidLabelOverlap: true,
      minShowLabelAngle: 0,
      itemStyle: { borderColor: t.panel, borderWidth: Math.max(1, rem(0.2)) },
      label: { position: 'outside', formatter: '{c}', fontSize: rem(1.7), fontWeight: 700, color: t.text },
      labelLine: { length: rem(0.6), length2: rem(0.6), lineStyle: { width: Math.max(1, rem(0.12)) } },
      emphasis: { disabled: true },
      data,
    }],
  }, { notMerge: true });
}

function renderAreas(areas) {
  const t = theme();
  const el = $('tasks-areas');
  const labelWidth = Math.round(el.clientWidth * 0.4);
  const max = Math.max(1, ...areas.map((a) => a.total ?? 0));
  const series = STATUSES.map(([key, name]) => ({
    name,
    type: 'bar',
    stack: 'total',
    barWidth: '62%',
    itemStyle: { color: t.status[key] },
    label: {
      show: true,
      position: 'inside',
      fontSize: rem(1.15),
      fontWeight: 700,
      color: '#fff',
      // Only where the segment is wide enough to hold its number.
      formatter: (p) => (p.value > 0 && p.value / max >= 0.07 ? int(p.value) : ''),
    },
    emphasis: { disabled: true },
    data: areas.map((a) => a[key] ?? 0),
  }));
  // Zero-length bar at the end of each stack that carries the area's total.
  series.push({
    name: 'Tổng',
    type: 'bar',
    stack: 'total',
    itemStyle: { color: 'transparent' },
    label: { show: true, position: 'right', fontSize: rem(1.35), fontWeight: 700, color: t.text, formatter: (p) => int(areas[p.dataIndex]?.total) },
    emphasis: { disabled: true },
    data: areas.map(() => 0),
  });
  chart(el).setOption({
    ...base(),
    grid: { left: labelWidth + rem(1), right: rem(3.5), top: rem(0.5), bottom: rem(0.5) },
    xAxis: { type: 'value', max, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: areas.map((a) => a.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        color: t.text, fontSize: rem(1.2), lineHeight: rem(1.5), width: labelWidth, overflow: 'break',
        ellipsis: '…',
      },
    },
    series,
  }, { notMerge: true });
}

function renderOverdue(items, force) {
  const viewport = $('tasks-overdue');
  const track = viewport.querySelector('.scroll-track');
  setText($('tasks-overdue-count'), int(items.length));
  const key = JSON.stringify(items);
  if (!force && key === overdueKey) return;
  overdueKey = key;

  track.classList.remove('scrolling');
  if (items.length === 0) {
    const note = document.createElement('p');
    note.className = 'empty-note';
    note.textContent = 'Không có nhiệm vụ quá hạn';
    track.replaceChildren(note);
    return;
  }
  const nodes = items.map(overdueItem);
  track.replaceChildren(...nodes);
  // Scroll only when the list does not fit: a second copy follows the first so the loop is seamless.
  const height = track.scrollHeight;
  if (height > viewport.clientHeight) {
    for (const n of nodes) {
      const copy = n.cloneNode(true);
      copy.setAttribute('aria-hidden', 'true');
      copy.removeAttribute('data-testid');
      track.append(copy);
    }
    track.style.setProperty('--scroll-seconds', `${Math.max(10, height / rem(1.3))}s`);
    track.classList.add('scrolling');
  }
}

function overdueItem(task) {
  const li = document.createElement('div');
  li.className = 'overdue-item';
  li.dataset.testid = 'tasks-overdue-item';
  const title = document.createElement('div');
  title.className = 'overdue-title';
  title.textContent = task.title ?? task.code ?? '';
  const meta = document.createElement('div');
  meta.className = 'overdue-meta';
  const agency = document.createElement('span');
  agency.className = 'agency ellipsis';
  agency.textContent = task.leadAgencyName ?? '';
  const days = document.createElement('span');
  days.className = 'overdue-days';
  days.textContent = `quá hạn ${int(task.daysOverdue)} ngày`;
  meta.append(agency, days);
  li.append(title, meta);
  return li;
}
