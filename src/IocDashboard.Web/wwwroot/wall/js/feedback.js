// Page "feedback": citizens' and businesses' feedback — received, forwarded, answered, resolution rate.
import { levelColour } from './charts.js';
import { int, level, period, rate, setText } from './format.js';

const $ = (id) => document.getElementById(id);

export function render(f, ctx) {
  if (!f) return;
  setText($('feedback-period'), f.from || f.to ? `· ${period(f.from, f.to)}` : '');
  setText($('feedback-received'), int(f.received));
  setText($('feedback-forwarded'), int(f.forwarded));
  setText($('feedback-answered'), int(f.answered));
  setText($('feedback-answeredOnline'), int(f.answeredOnline));
  const value = $('feedback-resolutionRate');
  const key = level(f.resolutionRate, ctx.thresholds);
  setText(value, rate(f.resolutionRate, f.resolutionRateText));
  value.style.color = levelColour(key);
  value.dataset.level = key;
  const bar = $('feedback-rate-bar');
  bar.style.width = `${typeof f.resolutionRate === 'number' ? Math.min(100, Math.max(0, f.resolutionRate * 100)) : 0}%`;
  bar.style.background = levelColour(key);
}
