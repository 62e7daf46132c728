// Page "feedback": citizens' and businesses' feedback (PAKN) of the last 30 days and of the year to date —
// received, forwarded, answered, answered online, and the resolution rate (left out by the server when too few
// petitions were received for it to mean something).
import { levelColour } from './charts.js';
import { int, level, rate, setText, shortPeriod } from './format.js';

const PERIODS = { recent: '30 ngày qua', yearToDate: 'Từ đầu năm' };
const COUNTS = [['received', 'Tiếp nhận'], ['forwarded', 'Đã chuyển xử lý'], ['answered', 'Đã trả lời'], ['answeredOnline', 'Trả lời trực tuyến']];

export function render(f, ctx) {
  if (!f) return;
  for (const [key, title] of Object.entries(PERIODS)) {
    const section = document.querySelector(`.feedback-period[data-period="${key}"]`);
    fill(parts(section, title), f[key] ?? {}, ctx.thresholds);
  }
}

/** The section's elements, built once. */
function parts(section, title) {
  if (!section.firstChild) {
    const head = document.createElement('h3');
    head.className = 'feedback-title ellipsis';
    head.append(title, ' ');
    const span = document.createElement('span');
    span.className = 'period';
    span.dataset.role = 'period';
    head.append(span);
    const numbers = document.createElement('div');
    numbers.className = 'feedback-numbers';
    for (const [key, label] of COUNTS) {
      const stat = document.createElement('div');
      stat.className = 'stat';
      const value = document.createElement('span');
      value.className = 'stat-value';
      value.dataset.role = key;
      value.dataset.testid = `feedback-${section.dataset.period}-${key}`;
      const text = document.createElement('span');
      text.className = 'stat-label ellipsis';
      text.textContent = label;
      stat.append(value, text);
      numbers.append(stat);
    }

    const rateBox = document.createElement('div');
    rateBox.className = 'feedback-rate';
    const label = document.createElement('span');
    label.className = 'stat-label ellipsis';
    label.textContent = 'Tỷ lệ giải quyết';
    const value = document.createElement('span');
    value.className = 'rate-value';
    value.dataset.role = 'rate';
    value.dataset.testid = `feedback-${section.dataset.period}-rate`;
    const bar = document.createElement('div');
    bar.className = 'rate-bar';
    bar.append(document.createElement('i'));
    rateBox.append(label, value, bar);
    section.append(head, numbers, rateBox);
  }

  const q = (role) => section.querySelector(`[data-role="${role}"]`);
  return { section, period: q('period'), rate: q('rate'), bar: section.querySelector('.rate-bar i'), q };
}

function fill(p, f, thresholds) {
  setText(p.period, `· ${shortPeriod(f.from, f.to)}`);
  for (const [key] of COUNTS) setText(p.q(key), int(f[key]));
  const key = level(f.resolutionRate, thresholds);
  const rated = typeof f.resolutionRate === 'number';
  setText(p.rate, rated ? rate(f.resolutionRate, f.resolutionRateText) : 'chưa đủ phản ánh để tính tỷ lệ');
  p.rate.classList.toggle('unrated', !rated);
  p.rate.style.color = levelColour(key);
  p.rate.dataset.level = key;
  p.bar.style.width = `${rated ? Math.min(100, Math.max(0, f.resolutionRate * 100)) : 0}%`;
  p.bar.style.background = levelColour(key);
}
