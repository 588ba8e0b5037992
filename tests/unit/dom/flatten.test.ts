// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flattenText, locateOffset, rangeFromOffsets, TextFlattener } from '../../../lib/dom/flatten';

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup; // test fixture markup, written here
  document.body.replaceChildren(root);
  return root;
}

describe('flattenText', () => {
  it('joins inline elements into one run so a quote across links is one span', () => {
    const root = html('<p>双方表示“反对<a href="#">单边制裁</a>以及<em>长臂管辖</em>”。</p>');
    const flat = flattenText(root);
    expect(flat.text.trim()).toBe('双方表示“反对单边制裁以及长臂管辖”。');
  });

  it('separates blocks with a newline so no quote runs across paragraphs', () => {
    const root = html('<p>第一段“开头</p><p>第二段”结尾</p><ul><li>甲</li><li>乙</li></ul>');
    const flat = flattenText(root);
    expect(flat.text).toBe('第一段“开头\n第二段”结尾\n甲\n乙\n');
  });

  it('leaves out scripts, styles, form fields, editable regions and hidden parts', () => {
    const root = html(
      '<p>看得见</p><script>var x="脚本"</script><style>p{}</style><textarea>输入</textarea>' +
        '<div contenteditable="true">编辑</div><p hidden>隐藏</p><p aria-hidden="true">读屏隐藏</p>' +
        '<button>按钮</button><p>也看得见</p>',
    );
    const flat = flattenText(root);
    expect(flat.text).toBe('看得见\n也看得见\n');
  });

  it('skips elements the caller names, such as its own UI host', () => {
    const root = html('<p>正文</p><clauselens-ui>卡片</clauselens-ui>');
    const flat = flattenText(root, { skip: (el) => el.tagName === 'CLAUSELENS-UI' });
    expect(flat.text).toBe('正文\n');
  });

  it('maps every character of the flat text back to its node and offset', () => {
    const root = html('<p>前<a>中间</a>后</p>');
    const flat = flattenText(root);
    for (let i = 0; i < flat.text.length; i++) {
      if (flat.text[i] === '\n') continue;
      const at = locateOffset(flat, i, 'start');
      expect(at?.node.data[at.offset]).toBe(flat.text[i]);
    }
  });

  it('turns flat offsets into a Range over several nodes', () => {
    const root = html('<p>他说“坚持<a href="#">真正的</a>多边主义”。</p>');
    const flat = flattenText(root);
    const start = flat.text.indexOf('坚持');
    const end = flat.text.indexOf('”');
    const range = rangeFromOffsets(flat, start, end, document);
    expect(range?.toString()).toBe('坚持真正的多边主义');
  });

  it('survives a nesting deeper than any call stack', () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 50_000; i++) {
      const child = document.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(document.createTextNode('深处'));
    expect(flattenText(root).text).toBe('深处\n');
  });

  it('stops collecting at maxLength', () => {
    const root = html(`<p>${'字'.repeat(1000)}</p><p>${'后'.repeat(1000)}</p>`);
    const flat = flattenText(root, { maxLength: 1200 });
    expect(flat.text.length).toBeLessThan(2100);
    expect(flat.text.startsWith('字')).toBe(true);
  });
});

describe('TextFlattener', () => {
  it('gives the same text in small steps as in one go, and reports complete paragraphs', () => {
    const root = html('<p>一“二”三</p><p>四<a>五</a>六</p><div><p>七</p>八</div>');
    const whole = flattenText(root).text;
    const stepped = new TextFlattener(root);
    const seenComplete: number[] = [];
    while (!stepped.step(2)) seenComplete.push(stepped.completeLength);
    expect(stepped.result().text).toBe(whole);
    for (const at of seenComplete) {
      expect(at === 0 || whole[at - 1] === '\n').toBe(true);
    }
    expect(stepped.completeLength).toBe(whole.length);
  });
});

describe('TextFlattener.slice', () => {
  it('returns any span of the flat text without joining all of it', () => {
    const root = html('<p>一二<a>三四</a>五</p><p>六七八</p>');
    const flattener = new TextFlattener(root);
    flattener.step();
    const whole = flattener.result().text;
    for (let from = 0; from <= whole.length; from++) {
      for (let to = from; to <= whole.length; to++) {
        expect(flattener.slice(from, to)).toBe(whole.slice(from, to));
      }
    }
  });
});
