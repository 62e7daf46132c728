// The server's chart images (the same ScottPlot drawings as the reports) for the unit and period, each with a link
// to its PNG for slides and minutes.
import { h, fill } from './dom.js';

function figure(name, params, caption) {
  const q = new URLSearchParams(params).toString();
  return h('figure', { class: 'm-chart', dataset: { chart: name } },
    h('img', { src: `/api/charts/${name}.svg?${q}`, alt: caption, loading: 'lazy' }),
    h('figcaption', {}, caption, ' · ', h('a', { href: `/api/charts/${name}.png?${q}`, download: `${name}.png` }, 'Tải PNG')));
}

/** localKind: the kind of the province's local units on the period's last day ('district' before the 2025 merger, 'commune' after). */
export function render(container, { unit, from, to, isProvince, localKind }) {
  const local = localKind === 'district' ? 'huyện, thị xã, thành phố' : 'xã, phường';
  fill(container,
    figure('dossier-trend', { asOf: to, unit }, 'Hồ sơ 12 tháng: tiếp nhận và tỷ lệ đúng hạn'),
    isProvince ? figure('unit-on-time', { from, to, kind: 'agency' }, 'Tỷ lệ đúng hạn theo sở, ban, ngành') : null,
    figure('task-status', { asOf: to }, 'Nhiệm vụ cải cách theo trạng thái'),
    figure('indicators', { asOf: to }, 'Chỉ tiêu chuyển đổi số: kế hoạch và thực hiện'),
    // Last: 96 communes and wards make a tall image of their own.
    isProvince ? figure('unit-on-time', { from, to, kind: localKind, ...(localKind === 'commune' ? { width: 1600, height: 2160 } : {}) }, `Tỷ lệ đúng hạn theo ${local}`) : null);
}
