import { rangeFromOffsets, TextFlattener } from '../../lib/dom/flatten';

/** One quote on the page that the engine matched, with where it is. */
export interface FoundQuote<M> {
  match: M;
  range: Range;
}

export interface ScanTarget<M> {
  /** Matches in `text` with offsets into it (the engine's annotateText). */
  annotate(text: string): Array<M & { start: number; end: number }>;
  /** Called after each slice that found something, in page order within a root. */
  onFound(found: Array<FoundQuote<M>>): void;
  /** Elements to leave out, such as the extension's own UI host. */
  skip(element: Element): boolean;
}

export interface IdleScheduler {
  requestIdle(callback: (deadline: IdleDeadline) => void): void;
  isValid(): boolean;
}

/** Nodes visited per check of the clock: small enough to stay inside a few ms. */
const NODES_PER_CHECK = 200;
/** Characters annotated in one call; the engine is linear, so this bounds one call's time. */
const ANNOTATE_CHUNK = 16_000;
/** Never work longer than this in one slice, even when the browser offers more idle time. */
const MAX_SLICE_MS = 8;
/**
 * A slice run by its timeout (on a page that is never idle) is offered no idle time
 * at all; it still works this long, or such a page would never be scanned.
 */
const MIN_SLICE_MS = 4;
/** Pages beyond this many characters are scanned only up to it. */
export const MAX_SCANNED_CHARS = 3_000_000;

interface Job {
  flattener: TextFlattener;
  annotatedUpTo: number;
}

/**
 * Scans subtrees of the page in idle slices: flatten a bounded number of nodes,
 * annotate the paragraphs that are complete, mark what matched, yield. No slice
 * holds the main thread for more than a few milliseconds, whatever the page's size.
 */
export class PageScan<M> {
  private readonly jobs: Job[] = [];
  private scheduled = false;
  private scannedChars = 0;

  constructor(
    private readonly target: ScanTarget<M>,
    private readonly scheduler: IdleScheduler,
    private readonly doc: Document,
  ) {}

  /** Queue a subtree; the walk skips what `target.skip` names. */
  add(root: Node): void {
    this.jobs.push({
      flattener: new TextFlattener(root, {
        skip: (el) => this.target.skip(el),
        maxLength: Math.max(0, MAX_SCANNED_CHARS - this.scannedChars),
      }),
      annotatedUpTo: 0,
    });
    this.schedule();
  }

  /** Drop everything queued (a full rescan replaces it). */
  clear(): void {
    this.jobs.length = 0;
    this.scannedChars = 0;
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  private schedule(): void {
    if (this.scheduled || !this.scheduler.isValid()) return;
    this.scheduled = true;
    this.scheduler.requestIdle((deadline) => {
      this.scheduled = false;
      this.work(deadline);
    });
  }

  private work(deadline: IdleDeadline): void {
    const started = performance.now();
    const budget = Math.min(MAX_SLICE_MS, Math.max(deadline.timeRemaining(), MIN_SLICE_MS));
    const timeLeft = () => budget - (performance.now() - started);
    while (this.jobs.length > 0 && timeLeft() > 1) {
      const job = this.jobs[0] as Job;
      const finished = job.flattener.step(NODES_PER_CHECK);
      this.annotateComplete(job, timeLeft);
      if (finished && job.annotatedUpTo >= job.flattener.completeLength) {
        this.scannedChars += job.flattener.completeLength;
        this.jobs.shift();
      }
    }
    if (this.jobs.length > 0) this.schedule();
  }

  /** Annotates the finished paragraphs of a job, a chunk at a time, while time is left. */
  private annotateComplete(job: Job, timeLeft: () => number): void {
    const ready = job.flattener.completeLength;
    if (ready <= job.annotatedUpTo) return;
    while (job.annotatedUpTo < ready && timeLeft() > 0.5) {
      const from = job.annotatedUpTo;
      const window = job.flattener.slice(from, Math.min(ready, from + ANNOTATE_CHUNK));
      const to = from + chunkLength(window, ready - from);
      const found = this.annotateSpan(job.flattener, from, to);
      job.annotatedUpTo = to;
      if (found.length > 0) this.target.onFound(found);
    }
  }

  private annotateSpan(flattener: TextFlattener, from: number, to: number): Array<FoundQuote<M>> {
    const text = flattener.slice(from, to);
    const found: Array<FoundQuote<M>> = [];
    for (const match of this.target.annotate(text)) {
      const range = rangeFromOffsets(flattener.map, from + match.start, from + match.end, this.doc);
      if (range) found.push({ match, range });
    }
    return found;
  }
}

/**
 * How much of `window` (the next up-to-a-chunk of ready text) to annotate now:
 * up to its last line break, so that no quote is cut in two.
 */
function chunkLength(window: string, readyLength: number): number {
  if (readyLength <= ANNOTATE_CHUNK) return readyLength;
  const lastBreak = window.lastIndexOf('\n');
  if (lastBreak > 0) return lastBreak + 1;
  // One paragraph longer than a chunk: cut it anyway rather than stall; a quote
  // across the cut is lost, which beats holding the main thread.
  return window.length;
}
