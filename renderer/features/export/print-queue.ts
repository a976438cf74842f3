// Draws the open deck's print pictures in the background, so Export finds them ready: one slide at a time,
// in deck order, in idle time. A slide whose view changes is drawn again (its drawing is cancelled if under
// way); drawing pauses while presenting, while the user moves the map, and while an export runs.
import type { MapViewState } from '../../map/view-state';

export interface QueueSlide {
  slideId: string;
  view: MapViewState;
}

export interface PrintQueueDeps {
  /** The key of a slide's picture as it would be drawn now (view, pack, label language, drawings). */
  keyFor(view: MapViewState): Promise<string>;
  /** Which keys already have a picture kept. */
  stored(keys: readonly string[]): Promise<Set<string>>;
  /** Draws one picture and keeps it under `key`. */
  draw(view: MapViewState, key: string, signal: AbortSignal): Promise<void>;
  /** Resolves once the browser has idle time. */
  idle(signal: AbortSignal): Promise<void>;
  /** Lets go of drawing resources (the hidden map) when nothing is left to draw or drawing pauses for long. */
  release?(): void;
}

export interface PrintStatus {
  deckId: string | null;
  /** Map slides whose print picture is kept. */
  ready: number;
  /** Map slides in the deck. */
  total: number;
  /** Why drawing waits ('presenting', 'moving', 'export'), empty while it may draw. */
  paused: string[];
}

/** Pauses that keep the hidden map: the user moves the live map for a moment, or an export uses it. */
const SHORT_PAUSES = new Set(['moving', 'export']);

export class PrintPictureQueue {
  private deckId: string | null = null;
  private slides: Array<QueueSlide & { key: string }> = [];
  private ready = new Set<string>();
  /** Views that failed to draw are not retried until the deck changes (no endless loop on a broken view). */
  private failed = new Set<string>();
  private pauses = new Set<string>();
  private current: { key: string; abort: AbortController } | null = null;
  private generation = 0;
  private running = false;
  private listeners = new Set<(status: PrintStatus) => void>();

  constructor(private readonly deps: PrintQueueDeps) {}

  /** The deck to keep ready (null stops drawing); call again after every edit of the deck or its context. */
  async setDeck(deckId: string | null, slides: readonly QueueSlide[]): Promise<void> {
    const generation = ++this.generation;
    const keyed = await Promise.all(slides.map(async (s) => ({ ...s, key: await this.deps.keyFor(s.view) })));
    const stored = await this.deps.stored(keyed.map((s) => s.key));
    // A newer edit arrived while these keys were computed: it wins.
    if (generation !== this.generation) return;
    const keys = new Set(keyed.map((s) => s.key));
    this.ready = new Set([...stored, ...[...this.ready].filter((k) => keys.has(k))]);
    if (deckId !== this.deckId) this.failed.clear();
    this.deckId = deckId;
    this.slides = keyed;
    if (this.current && !keys.has(this.current.key)) this.current.abort.abort();
    this.publish();
    this.kick();
  }

  /** Stops drawing for a reason until `resume` with the same reason; the picture under way is dropped. */
  pause(reason: string): void {
    this.pauses.add(reason);
    this.current?.abort.abort();
    if (!this.running && !SHORT_PAUSES.has(reason)) this.deps.release?.();
    this.publish();
  }

  resume(reason: string): void {
    if (!this.pauses.delete(reason)) return;
    this.publish();
    this.kick();
  }

  /** Marks a picture kept by someone else (an export drew it). */
  markReady(key: string): void {
    if (this.ready.has(key)) return;
    this.ready.add(key);
    this.publish();
  }

  status(): PrintStatus {
    return {
      deckId: this.deckId,
      ready: this.slides.filter((s) => this.ready.has(s.key)).length,
      total: this.slides.length,
      paused: [...this.pauses],
    };
  }

  subscribe(listener: (status: PrintStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish() {
    const status = this.status();
    this.listeners.forEach((l) => l(status));
  }

  private next() {
    return this.slides.find((s) => !this.ready.has(s.key) && !this.failed.has(s.key));
  }

  private kick() {
    if (!this.running && this.pauses.size === 0 && this.next()) void this.run();
  }

  private async run() {
    this.running = true;
    try {
      for (let job = this.next(); job && this.pauses.size === 0; job = this.next()) {
        const abort = new AbortController();
        this.current = { key: job.key, abort };
        try {
          await this.deps.idle(abort.signal);
          if (abort.signal.aborted) continue;
          await this.deps.draw(job.view, job.key, abort.signal);
          if (!abort.signal.aborted) this.ready.add(job.key);
        } catch {
          if (!abort.signal.aborted) this.failed.add(job.key);
        } finally {
          this.current = null;
        }
        this.publish();
        // Give the interface a turn between slides.
        await new Promise((r) => setTimeout(r, 0));
      }
    } finally {
      this.running = false;
      const shortPause = this.pauses.size > 0 && [...this.pauses].every((p) => SHORT_PAUSES.has(p));
      if (!shortPause) this.deps.release?.();
      this.publish();
    }
    // An edit or resume that came while the last picture was finishing.
    this.kick();
  }
}
