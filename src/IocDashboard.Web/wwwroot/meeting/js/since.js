// What changed since the last meeting: tasks newly overdue and completed, indicators that changed standing,
// units whose on-time rate fell below the band, and the new petitions, each a list with the names.
import { h, fill, shortList } from './dom.js';
import { date, int } from '/wall/js/format.js';

const time = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

function block(id, title, items, render) {
  return h('div', { class: 'm-block', dataset: { list: id } },
    h('h3', {}, title, ' ', h('span', { class: 'm-count', dataset: { testid: `since-${id}-count` } }, int(items.length))),
    items.length === 0 ? h('p', { class: 'meta' }, 'Không có.') : shortList(items, render));
}

export function render(title, container, changes) {
  title.textContent = `Từ cuộc họp trước (${date(changes.since)}) đến ${date(changes.until)}`;
  fill(container,
    block('tasksNewlyOverdue', 'Nhiệm vụ mới quá hạn', changes.tasksNewlyOverdue, (t) => h('li', {},
      h('strong', {}, t.code), ` ${t.title} — ${t.leadAgencyName}, hạn ${date(t.deadline)}, quá ${int(t.daysOverdue)} ngày`)),
    block('tasksCompleted', 'Nhiệm vụ đã hoàn thành', changes.tasksCompleted, (t) => h('li', {},
      h('strong', {}, t.code), ` ${t.title} — ${t.leadAgencyName} (${t.statusText})`)),
    block('indicatorsChanged', 'Chỉ tiêu thay đổi trạng thái', changes.indicatorsChanged, (i) => h('li', {},
      h('strong', {}, i.name), `: ${i.fromText} → ${i.toText} (thực hiện ${i.valueText}, chỉ tiêu ${i.targetText})`)),
    block('unitsBelowThreshold', `Đơn vị có tỷ lệ đúng hạn xuống dưới ${changes.thresholdText}`, changes.unitsBelowThreshold, (u) => h('li', {},
      h('strong', {}, u.name), `: ${u.rateText} (kỳ trước ${u.rateBeforeText})`)),
    block('newPetitions', 'Phản ánh, kiến nghị mới', changes.newPetitions, (p) => h('li', {},
      `${time.format(new Date(p.receivedAt))} · `, h('strong', {}, p.unitName), ` — ${p.subject}`)));
}
