// Small DOM helpers for the meeting page: elements built from data, never from HTML strings.

/** h('td', { class: 'num' }, '270.497') → <td class="num">270.497</td>; null children are skipped. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

/** The first few items, and the rest behind "Xem thêm N" (a long list stays readable on a projector). */
export function shortList(items, render, shown = 8, className = 'm-list') {
  const list = h('ul', { class: className }, items.slice(0, shown).map(render));
  if (items.length <= shown) return list;
  const more = h('ul', { class: className }, items.slice(shown).map(render));
  return h('div', {}, list, h('details', { class: 'm-more' }, h('summary', {}, `Xem thêm ${items.length - shown}`), more));
}
