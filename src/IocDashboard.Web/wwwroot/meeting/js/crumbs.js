// The breadcrumb: the province, the district (for a period before the 2025 merger) and the unit shown, each a link.
import { h, fill } from './dom.js';

/** The path of units from a root of the tree to the unit with the code; null when the tree has no such unit. */
function path(nodes, code) {
  for (const node of nodes) {
    if (node.code === code) return [node];
    const below = path(node.children ?? [], code);
    if (below) return [node, ...below];
  }
  return null;
}

/** The units directly under the unit on the tree's day (none when the tree does not hold it). */
export function children(tree, code) {
  return path(tree, code)?.at(-1).children ?? [];
}

/** The kind of the local units directly under the province on the tree's day: 'district' or 'commune'. */
export function localKind(tree, province) {
  const root = path(tree, province)?.at(-1);
  return (root?.children ?? []).some((c) => c.kind === 'district') ? 'district' : 'commune';
}

export function render(container, tree, unit, unitName, asOf, link) {
  const found = path(tree, unit) ?? [{ code: unit, name: unitName }];
  const items = found.map((node, i) => h('li', {}, i === found.length - 1
    ? h('span', { 'aria-current': 'page', dataset: { testid: 'crumb-current' } }, node.name)
    : h('a', { href: link(node.code), dataset: { unit: node.code } }, node.name)));
  fill(container, h('ol', {}, items), path(tree, unit) ? null : h('span', { class: 'm-scope' }, ` (không có trong danh mục đơn vị ngày ${asOf})`));
}
