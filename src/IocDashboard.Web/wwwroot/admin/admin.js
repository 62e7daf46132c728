// Keeps the job console current: every few seconds, fetch this page again and swap its live region.
// A toggle turns it off (remembered per browser); a failed fetch leaves the page as it is and tries again.
const live = document.getElementById('live');
if (live) {
  const seconds = Number(live.dataset.refreshSeconds) || 5;
  const key = 'ioc-admin-live';
  const toggle = document.createElement('label');
  toggle.className = 'live-toggle';
  toggle.innerHTML = `<input type="checkbox"> Tự động làm mới mỗi ${seconds} giây`;
  const box = toggle.querySelector('input');
  box.checked = localStorage.getItem(key) !== 'off';
  box.addEventListener('change', () => localStorage.setItem(key, box.checked ? 'on' : 'off'));
  live.before(toggle);

  const refresh = async () => {
    if (!box.checked || document.hidden) return;
    try {
      const response = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('live');
      if (next) live.replaceChildren(...next.childNodes);
    } catch {
      // Offline or restarting: keep what is shown.
    }
  };
  setInterval(refresh, seconds * 1000);
}
