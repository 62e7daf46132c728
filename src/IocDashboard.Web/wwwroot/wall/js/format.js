// Vietnamese formatting for the wall: numbers 270.497, rates 95,3%, dates 31/10/2024, clock in Asia/Ho_Chi_Minh.
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percentAxis = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const clockTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});
const clockDate = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric',
});

export const DASH = '–';

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

/** 270497 → "270.497"; missing → "–". */
export const int = (v) => (isNumber(v) ? integer.format(v) : DASH);

/** 12.5 → "12,5". */
export const num = (v) => (isNumber(v) ? decimal.format(v) : DASH);

/** A rate as the server wrote it (…Text), else formatted here from the fraction. */
export const rate = (fraction, text) => (typeof text === 'string' && text.length > 0 ? text : isNumber(fraction) ? percent.format(fraction) : DASH);

/** 0.9 → "90%" for chart axes. */
export const axisPercent = (fraction) => percentAxis.format(fraction);

/** "2024-10-31" or an ISO timestamp → "31/10/2024" (the calendar date as written, no time-zone shift). */
export function date(iso) {
  if (typeof iso !== 'string') return DASH;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "2024-01" → "01/2024"; short: "T1/24". */
export function month(period, short = false) {
  const m = /^(\d{4})-(\d{2})/.exec(period ?? '');
  if (!m) return period ?? '';
  return short ? `T${Number(m[2])}/${m[1].slice(2)}` : `${m[2]}/${m[1]}`;
}

export const period = (from, to) => (from || to ? `${date(from)} – ${date(to)}` : '');

/** "2026-11-02".."2026-12-01" → "02/11 – 01/12/2026": the first date without its year when both share it. */
export function shortPeriod(from, to) {
  if (!from || !to) return period(from, to);
  const start = date(from);
  return `${from.slice(0, 4) === to.slice(0, 4) ? start.slice(0, 5) : start} – ${date(to)}`;
}

export const time = (d) => clockTime.format(d);
export const longDate = (d) => clockDate.format(d);

/** "dữ liệu cũ · 23 phút" (or without a figure when the source never loaded). */
export function staleText(minutes) {
  return isNumber(minutes) ? `dữ liệu cũ · ${integer.format(Math.max(0, Math.floor(minutes)))} phút` : 'dữ liệu cũ · chưa có dữ liệu';
}

/** Colour key for a rate against the configured thresholds: 'green' | 'amber' | 'red'. */
export function level(fraction, thresholds) {
  if (!isNumber(fraction)) return 'none';
  const green = thresholds?.green ?? 0.95;
  const amber = thresholds?.amber ?? 0.9;
  return fraction >= green ? 'green' : fraction >= amber ? 'amber' : 'red';
}

/** Set an element's text only when it differs (keeps layout and DOM mutations quiet on the wall). */
export function setText(el, text) {
  if (el && el.textContent !== text) el.textContent = text;
}
