// Development check (?check=1): after the page has rendered, list every page, panel or tile whose content
// overflows its box, and whether the document scrolls; the result goes to <body data-overflow="…">
// so `chromium --headless --dump-dom` (or a test) can read it.
export function checkOverflow() {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight) {
    problems.push(`document ${doc.scrollWidth}x${doc.scrollHeight} > ${doc.clientWidth}x${doc.clientHeight}`);
  }
  for (const el of document.querySelectorAll('.topbar, .page, .panel, .panel-body, .tile, .col')) {
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
      const name = el.closest('[data-page]')?.dataset.page ?? 'header';
      const label = el.querySelector('h2')?.textContent ?? el.dataset.code ?? el.className;
      problems.push(`${name}/${label.trim()}: ${el.scrollWidth}x${el.scrollHeight} > ${el.clientWidth}x${el.clientHeight}`);
    }
  }
  document.body.dataset.overflow = problems.length ? problems.join(' | ') : 'none';
  return problems;
}
