// Who is behind at the period's last day: overdue reform tasks by lead agency with days overdue, indicators of the
// year's plan not achieved with the gap and the owner agency, units with dossiers pending past their deadline.
import { h, fill, shortList } from './dom.js';
import { date, int } from '/wall/js/format.js';

export function render(title, container, accountability) {
  title.textContent = `Trách nhiệm (đến ${date(accountability.asOf)})`;
  const tasks = accountability.overdueTasksByLeadAgency;
  const indicators = accountability.indicatorsNotAchieved;
  const units = accountability.unitsWithOverdueDossiers;
  fill(container,
    h('div', { class: 'm-block', dataset: { list: 'overdueTasks' } },
      h('h3', {}, 'Nhiệm vụ cải cách quá hạn theo cơ quan chủ trì ', h('span', { class: 'm-count' }, int(tasks.reduce((n, g) => n + g.count, 0)))),
      tasks.length === 0 ? h('p', { class: 'meta' }, 'Không có.') : h('div', {}, tasks.map((g) => h('details', { class: 'm-agency' },
        h('summary', {}, h('strong', {}, g.name), ` — ${int(g.count)} nhiệm vụ, lâu nhất quá ${int(g.tasks[0]?.daysOverdue ?? 0)} ngày`),
        h('ul', { class: 'm-list' }, g.tasks.map((t) => h('li', {}, h('strong', {}, t.code), ` ${t.title} — hạn ${date(t.deadline)}, quá ${int(t.daysOverdue)} ngày`))))))),
    h('div', { class: 'm-block', dataset: { list: 'indicatorsNotAchieved' } },
      h('h3', {}, `Chỉ tiêu chưa đạt kế hoạch năm ${accountability.year} `, h('span', { class: 'm-count' }, int(indicators.length))),
      indicators.length === 0 ? h('p', { class: 'meta' }, 'Không có.') : h('table', { class: 'grid m-grid' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Chỉ tiêu'), h('th', {}, 'Cơ quan phụ trách'), h('th', { class: 'num' }, 'Kế hoạch'),
          h('th', { class: 'num' }, 'Thực hiện'), h('th', { class: 'num' }, 'Chênh lệch'))),
        h('tbody', {}, indicators.map((i) => h('tr', { dataset: { indicator: i.code } },
          h('td', {}, i.name), h('td', {}, i.ownerAgencyName ?? '—'), h('td', { class: 'num' }, i.targetText),
          h('td', { class: 'num' }, i.actualText), h('td', { class: 'num m-worse' }, i.gapText)))))),
    h('div', { class: 'm-block', dataset: { list: 'unitsWithOverdueDossiers' } },
      h('h3', {}, 'Đơn vị có hồ sơ quá hạn ', h('span', { class: 'm-count' }, int(units.length))),
      units.length === 0 ? h('p', { class: 'meta' }, 'Không có.') : shortList(units, (u) => h('li', {}, h('strong', {}, u.name), `: ${u.overdueText} hồ sơ`), 10)));
}
