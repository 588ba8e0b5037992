/**
 * A Chromium performance trace of one page load (CDP Tracing), and what it says
 * about the content script: when it started, which main-thread tasks ran its
 * code and for how long. Attribution is by the script URL the trace records for
 * each JavaScript entry (content-scripts/content.js), so page work is never
 * counted against the extension.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string }; [key: string]: unknown };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const chunks: Buffer[] = [];
  for (;;) {
    const read = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'));
    if (read.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface ExtensionActivity {
  /** Trace time (µs) of the first JavaScript of the content script, or NaN. */
  startTs: number;
  /** Main-thread tasks that ran content-script code: their durations in ms, in order. */
  tasks: number[];
  /** Every main-thread task of the page's renderer over 50 ms, whoever caused it. */
  allLongTasks: number[];
  /** Trace time (µs) of each user-timing mark by name (the page probe's marks). */
  marks: Map<string, number>;
}

/** What the content script did on the main thread, read from the trace. */
export function extensionActivity(events: TraceEvent[], scriptUrlPart: string): ExtensionActivity {
  const own = events.filter((e) => typeof e.args?.data?.url === 'string' && e.args.data.url.includes(scriptUrlPart));
  const marks = new Map<string, number>();
  for (const e of events) if (e.cat.includes('blink.user_timing') && e.name.startsWith('probe:') && !marks.has(e.name)) marks.set(e.name, e.ts);
  if (own.length === 0) return { startTs: Number.NaN, tasks: [], allLongTasks: [], marks };
  const main = own[0] as TraceEvent;
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  const ownOnMain = own.filter(onMain).sort((a, b) => a.ts - b.ts);
  const tasks = events
    .filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  const extensionTasks: number[] = [];
  let j = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (j < ownOnMain.length && (ownOnMain[j] as TraceEvent).ts < task.ts) j++;
    if (j < ownOnMain.length && (ownOnMain[j] as TraceEvent).ts <= end) extensionTasks.push((task.dur ?? 0) / 1000);
  }
  return {
    startTs: (ownOnMain[0] as TraceEvent).ts,
    tasks: extensionTasks,
    allLongTasks: tasks.map((t) => (t.dur ?? 0) / 1000).filter((d) => d > 50),
    marks,
  };
}
