// Connection to the wall hub (/hubs/wall?screen=NAME) and the sequence rules of the contract:
// `snapshot` replaces everything; `panelsChanged` must carry the previous sequence + 1, otherwise (a gap)
// the client asks for a snapshot and ignores changes until it arrives. After a reconnect it asks too.
// The connection never gives up: 0.5 s, 1 s, 2 s, 5 s, then every 10 s — also for the first start.
// A kiosk screen whose token was revoked (or is another screen's) is refused at every connection (403 whose text
// names the reason, KioskRefusal on the server): the state stays 'revoked' (or 'wrong-screen') until a snapshot
// arrives again, and the page keeps trying at the slowest pace rather than flashing between states.

const DELAYS = [500, 1000, 2000, 5000];
const RETRY_FOREVER = 10000;
const SNAPSHOT_TIMEOUT = 10000;

export const retryDelay = (attempt) => DELAYS[attempt] ?? RETRY_FOREVER;

// The server's refusals of a kiosk token (KioskRefusal) and the state each shows.
const REFUSALS = { 'kiosk-token-revoked': 'revoked', 'kiosk-other-screen': 'wrong-screen' };

/** The state of a refusal the connection was closed with, or null for any other end. */
export function refusalOf(error) {
  const text = String(error?.message ?? '');
  const code = Object.keys(REFUSALS).find((c) => text.includes(c));
  return code ? REFUSALS[code] : null;
}

/**
 * Applies the sequence rules. `requestSnapshot` is how to ask for a snapshot (the hub, or the demo feed);
 * `onSnapshot(s)` and `onChanged(u)` receive only messages in order.
 */
export function createFeed({ requestSnapshot, onSnapshot, onChanged, onSequence }) {
  let last = null;
  let pending = false;
  let pendingTimer = 0;

  function ask() {
    if (pending) return;
    pending = true;
    clearTimeout(pendingTimer);
    // If the snapshot never comes (lost, or the request failed), the next gap or timeout asks again.
    pendingTimer = setTimeout(() => { pending = false; }, SNAPSHOT_TIMEOUT);
    Promise.resolve()
      .then(requestSnapshot)
      .catch(() => {
        pending = false;
        clearTimeout(pendingTimer);
      });
  }

  return {
    get lastSequence() { return last; },
    snapshot(s) {
      if (!s || typeof s !== 'object') return;
      pending = false;
      clearTimeout(pendingTimer);
      last = typeof s.sequence === 'number' ? s.sequence : last;
      onSequence?.(last);
      onSnapshot(s);
    },
    changed(u) {
      if (!u || typeof u !== 'object') return;
      if (last === null || pending) {
        ask();
        return;
      }
      if (u.sequence <= last) return; // late duplicate of something the last snapshot already holds
      if (u.sequence !== last + 1) {
        ask();
        return;
      }
      last = u.sequence;
      onSequence?.(last);
      onChanged(u);
    },
    /** After a reconnect: state may have moved on while we were away. */
    resync() {
      pending = false;
      ask();
    },
  };
}

/**
 * Connects to the hub and keeps connecting.
 * `onState('connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'revoked' | 'wrong-screen')`.
 */
export function connectHub({ screen, onSnapshot, onChanged, onSequence, onState }) {
  const signalR = window.signalR;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`/hubs/wall?screen=${encodeURIComponent(screen)}`)
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (ctx) => {
        // A refused reconnect (the token revoked meanwhile) says so, and retries at the slowest pace.
        const refusal = refusalOf(ctx.retryReason);
        if (refusal) {
          refused = refusal;
          onState(refused);
          return RETRY_FOREVER;
        }
        return retryDelay(ctx.previousRetryCount);
      },
    })
    .configureLogging(signalR.LogLevel.None)
    .build();

  const feed = createFeed({
    requestSnapshot: () => connection.invoke('requestSnapshot'),
    onSnapshot,
    onChanged,
    onSequence,
  });
  let snapshotsSinceStart = 0;
  let closes = 0; // closes in a row without a snapshot in between (e.g. the hub refuses the screen)
  let refused = null; // the last refusal, kept until a snapshot proves the screen admitted again
  const connected = () => { if (!refused) onState('connected'); };
  connection.on('snapshot', (s) => {
    snapshotsSinceStart += 1;
    closes = 0;
    if (refused) {
      refused = null;
      onState('connected');
    }
    feed.snapshot(s);
  });
  connection.on('panelsChanged', (u) => feed.changed(u));

  connection.onreconnecting(() => onState(refused ?? 'reconnecting'));
  connection.onreconnected(() => {
    connected();
    feed.resync();
  });
  // Automatic reconnect never ends by itself; if the connection closes anyway (the server closed it,
  // or refused the screen), start over after the same back-off so the server is not hammered.
  connection.onclose((error) => {
    refused = refusalOf(error) ?? refused;
    onState(refused ?? 'disconnected');
    clearTimeout(startTimer);
    startTimer = setTimeout(() => start(0), refused ? RETRY_FOREVER : retryDelay(closes));
    closes += 1;
  });

  let startTimer = 0;
  async function start(attempt) {
    clearTimeout(startTimer);
    try {
      snapshotsSinceStart = 0;
      await connection.start();
      connected();
      // The hub sends a snapshot when a screen joins; ask only if it has not come.
      startTimer = setTimeout(() => {
        if (snapshotsSinceStart === 0 && connection.state === signalR.HubConnectionState.Connected) feed.resync();
      }, 1500);
    } catch (error) {
      refused = refusalOf(error) ?? refused;
      onState(refused ?? 'disconnected');
      startTimer = setTimeout(() => start(attempt + 1), refused ? RETRY_FOREVER : retryDelay(attempt));
    }
  }

  onState('connecting');
  start(0);
  return { connection, feed };
}
