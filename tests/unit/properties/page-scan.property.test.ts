// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenText, rangeFromOffsets, TextFlattener } from '../../../lib/dom/flatten';
import { findQuotes } from '../../../lib/text/quotes';
import { type FoundQuote, type IdleScheduler, PageScan } from '../../../entrypoints/content/page-scan';
import { hostilePiece, quotedClause } from './arbitraries';

/** A random DOM tree, as a plain description that can be built again and again. */
type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'element'; tag: string; attrs: Array<[string, string]>; children: Tree[] };

// No <template>: happy-dom moves its children into .content, where its Range
// ordering goes wrong (browsers keep them as children; the flattener skips them either way).
const TAGS = ['p', 'div', 'span', 'a', 'em', 'strong', 'b', 'i', 'section', 'article', 'li', 'ul', 'blockquote', 'h2', 'td', 'br', 'script', 'style', 'textarea', 'button', 'noscript', 'svg', 'pre', 'title'];
const ATTRS: Array<[string, string]> = [
  ['class', 'x'],
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['dir', 'rtl'],
  ['data-host', ''],
];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.oneof(hostilePiece(), quotedClause()) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const), text: fc.string({ maxLength: 5 }).map((s) => s.replace(/-/g, '')) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...TAGS),
        attrs: fc.subarray(ATTRS, { maxLength: 2 }),
        children: fc.array(tie('node'), { maxLength: 5 }),
      }),
    },
  ),
})).node;

function build(doc: Document, spec: Tree): Node {
  if (spec.kind === 'text') return doc.createTextNode(spec.text);
  if (spec.kind === 'comment') return doc.createComment(spec.text);
  const element = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) element.setAttribute(name, value);
  for (const child of spec.children) element.appendChild(build(doc, child));
  return element;
}

/** A fresh page body holding the trees, and a snapshot of everything in it. */
function page(trees: Tree[]): { root: HTMLElement; snapshot: () => unknown } {
  document.body.replaceChildren();
  const root = document.createElement('main');
  for (const t of trees) root.appendChild(build(document, t));
  document.body.appendChild(root);
  const all = (): Node[] => {
    const nodes: Node[] = [];
    const walk = (n: Node) => {
      nodes.push(n);
      for (const c of n.childNodes) walk(c);
    };
    walk(document.body);
    return nodes;
  };
  const before = all();
  const snapshot = () => {
    const now = all();
    return {
      sameNodes: now.length === before.length && now.every((n, i) => n === before[i]),
      html: document.body.innerHTML,
      data: now.map((n) => (n.nodeType === 3 || n.nodeType === 8 ? (n as CharacterData).data : n.nodeName)),
    };
  };
  return { root, snapshot };
}

/**
 * The text a range covers, counting only the text nodes the flattener read (the
 * ones in skipped elements are not page prose), clipped to the range's ends.
 */
function rangeText(range: Range, flatNodes: ReadonlySet<Text>): string {
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  const visit = (node: Text) => {
    if (!flatNodes.has(node) || !range.intersectsNode(node)) return;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    pieces.push(node.data.slice(from, to));
  };
  if (range.commonAncestorContainer.nodeType === 3) visit(range.commonAncestorContainer as Text);
  while (walker.nextNode()) visit(walker.currentNode as Text);
  return pieces.join('');
}

/** The flat slice [start, end) without the newlines the flattener put between blocks. */
function sliceWithoutBreaks(flat: { text: string; nodes: Text[]; starts: number[] }, start: number, end: number): string {
  const covered = new Uint8Array(flat.text.length);
  flat.nodes.forEach((node, i) => {
    covered.fill(1, flat.starts[i], (flat.starts[i] as number) + node.data.length);
  });
  let out = '';
  for (let i = start; i < end; i++) if (covered[i]) out += flat.text[i];
  return out;
}

const isHost = (el: Element) => el.hasAttribute('data-host');

describe('page scanner on random DOM trees (property)', () => {
  it('a flattener read in any step sizes gives the same text, and the page is untouched', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), (trees, stepSize) => {
        const { root, snapshot } = page(trees);
        const before = snapshot();
        const whole = flattenText(root, { skip: isHost });
        const stepped = new TextFlattener(root, { skip: isHost });
        let previousComplete = 0;
        while (!stepped.step(stepSize)) {
          // Complete text only grows, and what is complete never changes later.
          expect(stepped.completeLength).toBeGreaterThanOrEqual(previousComplete);
          expect(stepped.slice(0, stepped.completeLength)).toBe(whole.text.slice(0, stepped.completeLength));
          previousComplete = stepped.completeLength;
        }
        expect(stepped.result().text).toBe(whole.text);
        expect(stepped.completeLength).toBe(whole.text.length);
        // Each node's data sits at its offset in the flat text; no node is skipped content.
        whole.nodes.forEach((node, i) => {
          expect(whole.text.slice(whole.starts[i], (whole.starts[i] as number) + node.data.length)).toBe(node.data);
          expect(node.parentElement?.closest('script,style,textarea,button,noscript,[hidden],[aria-hidden="true"],[data-host]')).toBeNull();
        });
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('every range over flat offsets covers exactly that slice of the flat text', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (trees, offsets) => {
        const { root, snapshot } = page(trees);
        const before = snapshot();
        const flat = flattenText(root, { skip: isHost });
        const nodes = new Set(flat.nodes);
        const n = flat.text.length;
        const spans = [
          ...findQuotes(flat.text).map((q) => [q.start, q.end] as const),
          ...offsets.map(([a, b]) => {
            const start = a % (n + 1);
            return [start, start + (b % (n - start + 1))] as const;
          }),
        ];
        for (const [start, end] of spans) {
          const range = rangeFromOffsets(flat, start, end, document);
          if (flat.nodes.length === 0) {
            expect(range).toBeUndefined();
            continue;
          }
          expect(range).toBeDefined();
          expect(rangeText(range as Range, nodes)).toBe(sliceWithoutBreaks(flat, start, end));
        }
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('PageScan with a synchronous idle scheduler finds every quote, each range covering exactly it, and leaves the page as it was', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 20 }), (trees, idleMs) => {
        const { root, snapshot } = page(trees);
        const before = snapshot();
        const flat = flattenText(root, { skip: isHost });
        const nodes = new Set(flat.nodes);
        const queue: Array<(deadline: IdleDeadline) => void> = [];
        const scheduler: IdleScheduler = { requestIdle: (cb) => queue.push(cb), isValid: () => true };
        const found: Array<FoundQuote<{ quote: string }>> = [];
        const scan = new PageScan<{ quote: string }>(
          {
            // Every quote counts as a match: this checks the scanner, not the engine.
            annotate: (text) => findQuotes(text).map((q) => ({ quote: q.quote, start: q.start, end: q.end })),
            onFound: (batch) => found.push(...batch),
            skip: isHost,
          },
          scheduler,
          document,
        );
        scan.add(root);
        let slices = 0;
        while (queue.length > 0) {
          slices++;
          expect(slices).toBeLessThan(10_000);
          (queue.shift() as (d: IdleDeadline) => void)({ didTimeout: false, timeRemaining: () => idleMs });
        }
        expect(scan.busy).toBe(false);
        expect(found.map((f) => f.match.quote)).toEqual(findQuotes(flat.text).map((q) => q.quote));
        for (const { match, range } of found) expect(rangeText(range, nodes)).toBe(match.quote);
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('scans a page that is never idle: a callback run by its timeout, with no idle time, still makes progress', () => {
    document.body.replaceChildren();
    const root = document.createElement('main');
    root.innerHTML = '<p>甲说“第一个引语”。</p><p>乙说“第二个引语”。</p>';
    document.body.appendChild(root);
    const queue: Array<(deadline: IdleDeadline) => void> = [];
    const found: string[] = [];
    const scan = new PageScan<{ quote: string }>(
      {
        annotate: (text) => findQuotes(text).map((q) => ({ quote: q.quote, start: q.start, end: q.end })),
        onFound: (batch) => found.push(...batch.map((f) => f.range.toString())),
        skip: () => false,
      },
      { requestIdle: (cb) => queue.push(cb), isValid: () => true },
      document,
    );
    scan.add(root);
    for (let i = 0; i < 100 && queue.length > 0; i++) {
      (queue.shift() as (d: IdleDeadline) => void)({ didTimeout: true, timeRemaining: () => 0 });
    }
    expect(found).toEqual(['第一个引语', '第二个引语']);
    expect(scan.busy).toBe(false);
  });

  // 1,000 paragraphs: happy-dom's Range boundaries cost time proportional to the
  // document, so more would measure happy-dom rather than the scanner.
  it('PageScan reads a page of 1,000 paragraphs across many slices and finds every quote', () => {
    const N = 1000;
    document.body.replaceChildren();
    const root = document.createElement('main');
    for (let i = 0; i < N; i++) {
      const p = document.createElement('p');
      p.append('段落', document.createElement('em'), `“第${i}个引语”`);
      (p.childNodes[1] as Element).textContent = '强调';
      root.appendChild(p);
    }
    document.body.appendChild(root);
    const html = document.body.innerHTML;
    const queue: Array<(deadline: IdleDeadline) => void> = [];
    const found: string[] = [];
    const scan = new PageScan<{ quote: string }>(
      {
        annotate: (text) => findQuotes(text).map((q) => ({ quote: q.quote, start: q.start, end: q.end })),
        onFound: (batch) => found.push(...batch.map((f) => f.range.toString())),
        skip: () => false,
      },
      { requestIdle: (cb) => queue.push(cb), isValid: () => true },
      document,
    );
    scan.add(root);
    let slices = 0;
    while (queue.length > 0) {
      slices++;
      (queue.shift() as (d: IdleDeadline) => void)({ didTimeout: false, timeRemaining: () => 4 });
    }
    expect(slices).toBeGreaterThan(1);
    expect(found).toHaveLength(N);
    expect(found[N - 1]).toBe(`第${N - 1}个引语`);
    expect(document.body.innerHTML).toBe(html);
  }, 60_000);
});
