// Demo feed for development and screenshots without the server: ?demo=1 shows dev/sample.json through the
// same sequence rules and render functions as the hub; ?demo=live also sends a change every 2 seconds
// (&interval=MS for a faster soak), and every 50th change skips a sequence number to exercise the resync.
import { createFeed } from './hub.js';

export async function startDemo({ live, interval = 2000, onSnapshot, onChanged, onSequence, onState }) {
  const response = await fetch('/wall/dev/sample.json', { cache: 'no-store' });
  const sample = await response.json();
  let sequence = sample.sequence ?? 0;
  const panels = sample.panels;
  const feed = createFeed({
    requestSnapshot: () => setTimeout(() => feed.snapshot({ ...sample, sequence, panels }), 50),
    onSnapshot,
    onChanged,
    onSequence,
  });
  onState('connected');
  feed.snapshot({ ...sample, sequence });
  if (!live) return;

  let tick = 0;
  setInterval(() => {
    tick += 1;
    const d = panels.dossiers;
    const received = 1 + (tick % 4);
    const resolved = tick % 3;
    d.today = { ...d.today, received: d.today.received + received, resolved: d.today.resolved + resolved };
    d.recent = { ...d.recent, received: d.recent.received + received, resolved: d.recent.resolved + resolved };
    const changed = { dossiers: d };
    if (tick % 5 === 0) {
      const f = panels.feedback;
      panels.feedback = { ...f, recent: { ...f.recent, received: f.recent.received + 1 } };
      changed.feedback = panels.feedback;
    }
    sequence += tick % 50 === 0 ? 2 : 1;
    feed.changed({ screen: sample.screen, sequence, generatedAt: new Date().toISOString(), panels: changed });
  }, Math.max(50, interval));
}
