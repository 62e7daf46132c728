// The page's state lives in its address: period, cutoff, unit and view. A link to the page shows the same view,
// and the browser's back and forward buttons walk through the views shown.
const root = document.getElementById('meeting');
export const PROVINCE = root.dataset.province;

/** The state in an address's query string; what is absent takes the server's default. */
export function read(search = window.location.search) {
  const q = new URLSearchParams(search);
  return {
    period: q.get('period') ?? '',
    cutoff: q.get('cutoff') ?? '',
    kind: q.get('kind') ?? '',
    unit: q.get('unit') || PROVINCE,
    view: q.get('view') ?? '',
  };
}

/** The query string of a state: only what differs from the defaults, so links stay short. */
export function query(state) {
  const q = new URLSearchParams();
  if (state.period) q.set('period', state.period);
  if (state.cutoff && state.cutoff !== 'official') q.set('cutoff', state.cutoff);
  if (state.kind) q.set('kind', state.kind);
  if (state.unit && state.unit !== PROVINCE) q.set('unit', state.unit);
  if (state.view) q.set('view', state.view);
  return q.toString();
}

/** The page's address for a state. */
export const href = (state) => {
  const q = query(state);
  return q ? `/meeting?${q}` : '/meeting';
};
