// The JSON API behind the page. A refused request (400 with problem details) becomes an error that names the
// parameters and their reasons, shown on the page.

export class ApiError extends Error {
  constructor(status, problem) {
    const reasons = problem?.errors ? Object.entries(problem.errors).map(([name, list]) => `${name}: ${list.join(' ')}`) : [];
    super(reasons.length > 0 ? reasons.join(' · ') : problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
  }
}

export async function get(path, params = {}) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const url = q.size > 0 ? `${path}?${q}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}
