// The Decision 766 service index estimated for the unit and period: "x / y điểm có dữ liệu", each group and
// indicator with its points, and "chưa có dữ liệu" (with the reason) where the warehouse cannot support it.
import { h, fill } from './dom.js';
import { num } from '/wall/js/format.js';

export function render(container, index) {
  fill(container,
    h('p', { class: 'm-index-total' },
      h('strong', { dataset: { testid: 'service-index-text' } }, index.text),
      h('span', { class: 'meta' }, ` · thang điểm ${index.maximum}; chỉ tiêu chưa có dữ liệu không tính vào điểm tối đa`)),
    index.scopeChangedText ? h('p', { class: 'm-scope' }, `⚠ ${index.scopeChangedText}`) : null,
    h('table', { class: 'grid m-grid m-index' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Nhóm, chỉ tiêu'), h('th', { class: 'num' }, 'Tỷ lệ'), h('th', { class: 'num' }, 'Điểm'), h('th', { class: 'num' }, 'Tối đa'))),
      h('tbody', {}, index.groups.flatMap((g) => [
        h('tr', { class: 'm-index-group', dataset: { group: g.code } },
          h('th', {}, g.name), h('td', {}), h('td', { class: 'num' }, g.text), h('td', { class: 'num' }, g.maximum)),
        ...g.indicators.map((i) => h('tr', { dataset: { indicator: i.code }, class: i.points === null ? 'm-missing' : null },
          h('td', { title: `${i.ruleText} · ${i.source}` }, i.name),
          h('td', { class: 'num' }, i.points === null ? '' : i.rateText),
          h('td', { class: 'num', title: i.missingReason ?? '' }, i.pointsText),
          h('td', { class: 'num' }, num(i.maximum)))),
      ]))));
}
