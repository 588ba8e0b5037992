import { numberedOpening } from './numerals';

/**
 * Who is speaking in a paragraph. A joint statement speaks as the parties
 * ("双方认为", "中方支持", numbered clauses) and commits in the indicative
 * (将, 愿, 应). A news report of the leaders' talks reports speech: a leader's
 * name with a reporting verb, exhortations opening with 要 ("要坚持…"), a
 * subject urged with 要 ("中俄两国要…"), the closing line of attendees.
 * Paragraphs with neither kind of cue are neutral; so are paragraphs with both.
 */
export type Voice = 'statement' | 'news' | 'neutral';

const PARTY = '(?:双方|中方|俄方|两国|中俄)';
/** The parties as subject of anything but an exhortation. */
const STATEMENT_CUE = /(?:双方|中方|俄方)(?!要(?!求))/u;
/** A name (not a party) followed by a reporting verb, opening the paragraph. */
const REPORTED_SPEECH = /^([\p{Script=Han}·]{2,6}?)(?:强调|指出|表示|说|宣布)[,，:：]/u;
const PARTY_SUBJECT = new RegExp(`^${PARTY}$`, 'u');
/** The parties urged with 要 (but not 要求, "demand", which statements use). */
const URGED_SUBJECT = new RegExp(`${PARTY}要(?!求)\\p{Script=Han}`, 'u');
/** Closing line of a talks report: who else attended. */
const ATTENDEES = /^[\p{Script=Han}、·]{2,60}等(?:参加|出席|陪同|在场)[。.]?$/u;

export interface VoiceContext {
  /** Whether the previous paragraph ended a sentence: a paragraph opening with 要 after a break mid-sentence is a continuation, not an exhortation. */
  previousEndedSentence: boolean;
}

export function voiceOf(text: string, context: VoiceContext): Voice {
  const trimmed = text.trim();
  const news = hasNewsCue(trimmed, context);
  const statement = numberedOpening(trimmed) !== undefined || STATEMENT_CUE.test(trimmed);
  if (news && !statement) return 'news';
  if (statement && !news) return 'statement';
  return 'neutral';
}

function hasNewsCue(text: string, context: VoiceContext): boolean {
  if (ATTENDEES.test(text)) return true;
  const speaker = REPORTED_SPEECH.exec(text)?.[1];
  if (speaker !== undefined && !PARTY_SUBJECT.test(speaker)) return true;
  if (URGED_SUBJECT.test(text)) return true;
  return context.previousEndedSentence && /^要(?!求)\p{Script=Han}/u.test(text);
}

/** Two paragraphs can be one split paragraph only if their voices do not contradict. */
export function voicesCompatible(a: Voice, b: Voice): boolean {
  return a === 'neutral' || b === 'neutral' || a === b;
}
