import { loadIndex, type LoadedIndex } from '../../../lib/clauselens';
import type { Clause, ClauseIndex, DocumentRecord } from '../../../lib/index/types';
import { buildMatchData } from '../../../lib/match/build';
import { buildEvidenceData } from '../../../lib/match/evidence/build';
import { FEATURE_NAMES, type FeatureName } from '../../../lib/match/evidence/data';
import { parseFold } from '../../../lib/text/fold';
import { createNormalizer } from '../../../lib/text/normalize';
import { readEvidenceInput } from '../../../scripts/evidence-sources';

const evidenceInput = readEvidenceInput();

/** A small made-up index: clauses given as [docId, text] in document order. */
/**
 * A made-up index. `model` replaces the fitted weights (unlisted features weigh
 * nothing), so a test can say which evidence decides and check that it reaches
 * the decision.
 */
export function makeIndex(entries: Array<[string, string]>, model?: { bias: number; weights: Partial<Record<FeatureName, number>> }): LoadedIndex {
  const ordinals = new Map<string, number>();
  const clauses: Clause[] = entries.map(([docId, text]) => {
    const ordinal = (ordinals.get(docId) ?? 0) + 1;
    ordinals.set(docId, ordinal);
    return { id: `${docId}-${ordinal}`, docId, ordinal, label: `第${ordinal}段`, kind: 'paragraph', text, sources: [], flags: [] };
  });
  const documents = [...ordinals.keys()].map(
    (id): DocumentRecord => ({
      id,
      title: `测试文件${id}`,
      titleEn: id,
      shortTitle: { zh: `测试文件${id}`, en: id },
      date: '2025-05-08',
      place: { zh: '莫斯科', en: 'Moscow' },
      publisher: { zh: '新华社', en: 'Xinhua' },
      type: 'joint-statement',
      incomplete: false,
      csl: { id, type: 'document', title: id, issued: { 'date-parts': [[2025, 5, 8]] } },
      clauseCount: ordinals.get(id) ?? 0,
      // What news calls these made-up documents and their parties, as data/documents.json says of the real ones.
      names: { zh: ['中俄联合声明', '签署联合声明'] },
      parties: [{ zh: ['中国', '中方', '习近平'] }, { zh: ['俄罗斯', '俄方', '普京'] }],
    }),
  );
  const index: ClauseIndex = {
    schemaVersion: 1,
    builtFrom: { files: [] },
    documents,
    clauses,
    excluded: [],
    match: buildMatchData(clauses),
  };
  const match = index.match as ReturnType<typeof buildMatchData>;
  const evidence = buildEvidenceData(evidenceInput, clauses, documents, [], createNormalizer(parseFold(match.fold)), undefined);
  if (model) {
    evidence.model = {
      features: [...FEATURE_NAMES],
      weights: FEATURE_NAMES.map((name) => model.weights[name] ?? 0),
      bias: model.bias,
      threshold: 0.5,
      crossThreshold: 0.5,
    };
  }
  index.evidence = evidence;
  return loadIndex(JSON.stringify(index));
}

export const SAMPLE: Array<[string, string]> = [
  ['a', '双方坚信，各国人民命运与共，各国及组织不能以牺牲他国安全来保障自身安全。'],
  ['a', '双方强调维持建设性大国关系对解决全球战略性问题的重要性。'],
  ['a', '与此同时，军事设施的前沿部署不断增强，还可用来执行战略任务特别是“斩首行动”，这一动向引发严重关切。'],
  ['a', '五个核武器国家领导人重申“核战争打不赢也打不得”，双方呼吁各方恪守这一共识。'],
  ['b', '双方愿加强在联合国框架内的协调与合作，共同维护以联合国为核心的国际体系。'],
  ['b', '双方重申，应当在相互尊重的基础上发展睦邻友好合作关系，促进地区和平与稳定。'],
  ['b', '双方愿加强在联合国框架内的协调与合作，推动全球治理体系朝着更加公正合理的方向发展。'],
];

export const ABOUT_THE_DOCUMENTS = '新华社莫斯科5月8日电 中俄两国元首签署联合声明。';

/** Accepts any clause that fits, on a page naming the documents, and nothing elsewhere. */
export const ON_NAMED_PAGES = { bias: -5, weights: { pageNamesDocument: 10 } };
