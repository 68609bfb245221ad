/**
 * The brief interview's quality gate for the offline tier: for every brief of a set, the questions
 * the gap finder asks (kind, cited requirement, text, suggestion). For the annotated interview set
 * (`briefs/interview-briefs.json`, each brief with the gap kinds a reviewer expects) it scores the
 * kinds asked against the expected ones — precision, recall, exact matches, and whether complete
 * briefs ask nothing. For every set it checks that no question asks for what the brief supplied
 * (facts of that kind, or a stated name).
 *
 *   node bench/interview-gaps.ts [--quiet] [more-briefs.json …]
 *
 * Reads `../shared/data/briefs/dev-briefs.json` (when present), `briefs/own-briefs.json` and
 * `briefs/interview-briefs.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { MAX_QUESTIONS, type FactKind, type GapKind } from '@statex/core';
import { questionsMessages, translator } from '@statex/i18n';
import { buildTerms } from '../packages/ai/src/offline/build-terms.ts';
import { findGaps } from '../packages/ai/src/offline/find-gaps.ts';
import { round } from './figures.ts';

interface BenchBrief {
  id: string;
  locale: string;
  brief: string;
  contactName?: string;
  files?: Array<{ name: string; kind: 'txt' | 'md' | 'pdf' | 'docx' | 'png' | 'jpeg' | 'webp'; text: string | null }>;
  /** Gap kinds a reviewer expects to be asked (interview set only). */
  expect?: GapKind[];
}

/** A question of this kind repeats the brief when the brief supplied facts of these kinds. */
const SUPPLIED_BY: Partial<Record<GapKind, FactKind[]>> = {
  services: ['service', 'price', 'product'],
  products: ['product', 'price'],
  menu: ['product', 'price'],
  prices: ['price'],
  staff: ['person'],
  hours: ['hours', 'timetable'],
  events: ['date', 'timetable'],
  address: ['address'],
  contact: ['phone', 'email'],
};

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const extra = args.filter((a) => !a.startsWith('--'));
const here = (path: string): string => new URL(path, import.meta.url).pathname;
const sets: Array<{ name: string; file: string }> = [
  { name: 'dev (shared)', file: here('../../shared/data/briefs/dev-briefs.json') },
  { name: 'own', file: here('./briefs/own-briefs.json') },
  { name: 'interview', file: here('./briefs/interview-briefs.json') },
  ...extra.map((file) => ({ name: file, file })),
];

let annotated = { expected: 0, asked: 0, hit: 0, exact: 0, briefs: 0, complete: 0, completeSilent: 0, overCap: 0 };
const misses: string[] = [];
for (const set of sets) {
  if (!existsSync(set.file)) {
    console.log(`\n## ${set.name}: ${set.file} not found, skipped`);
    continue;
  }
  const briefs = JSON.parse(readFileSync(set.file, 'utf8')) as BenchBrief[];
  let withQuestions = 0;
  let questions = 0;
  let repeats = 0;
  const kinds = new Map<string, number>();
  console.log(`\n## ${set.name} (${briefs.length} briefs)`);
  for (const b of briefs) {
    const input = { brief: b.brief, documents: (b.files ?? []).map((f) => ({ name: f.name, kind: f.kind, text: f.text })), locale: b.locale, ...(b.contactName ? { customerName: b.contactName } : {}) };
    const analysis = buildTerms(input);
    const gaps = findGaps(input, analysis).slice(0, MAX_QUESTIONS);
    const t = translator(questionsMessages, b.locale);
    const facts = analysis.terms.facts ?? [];
    if (gaps.length > 0) withQuestions++;
    questions += gaps.length;
    for (const gap of gaps) {
      kinds.set(gap.kind, (kinds.get(gap.kind) ?? 0) + 1);
      const supplied = SUPPLIED_BY[gap.kind];
      if ((supplied && facts.some((f) => supplied.includes(f.kind))) || (gap.kind === 'business-name' && analysis.named)) repeats++;
    }
    const asked = gaps.map((g) => g.kind);
    let verdict = '';
    if (b.expect) {
      const expected = new Set(b.expect);
      const hit = asked.filter((k) => expected.has(k)).length;
      const exact = hit === expected.size && asked.length === expected.size;
      annotated = {
        expected: annotated.expected + Math.min(expected.size, MAX_QUESTIONS),
        asked: annotated.asked + asked.length,
        hit: annotated.hit + hit,
        exact: annotated.exact + (exact ? 1 : 0),
        briefs: annotated.briefs + 1,
        complete: annotated.complete + (expected.size === 0 ? 1 : 0),
        completeSilent: annotated.completeSilent + (expected.size === 0 && asked.length === 0 ? 1 : 0),
        overCap: annotated.overCap + (expected.size > MAX_QUESTIONS ? 1 : 0),
      };
      verdict = exact ? '  [exact]' : `  [expected: ${[...expected].join(', ') || 'nothing'}]`;
      if (!exact) misses.push(`${b.id}: asked ${asked.join(', ') || 'nothing'}; expected ${[...expected].join(', ') || 'nothing'}`);
    }
    console.log(`- ${b.id} (${b.locale}): ${gaps.length === 0 ? 'no questions' : asked.join(', ')}${verdict}`);
    if (!quiet) {
      for (const [i, gap] of gaps.entries()) {
        const suggestion = gap.suggestion ? ` — suggestion: ${gap.suggestion}` : '';
        console.log(`    q${i + 1} [${gap.kind}${gap.requirement ? `, ${gap.requirement}` : ''}] ${t(gap.key, gap.values)}${suggestion}`);
      }
    }
  }
  console.log(`  briefs with questions: ${withQuestions}/${briefs.length}; questions: ${questions} (mean ${round(questions / Math.max(1, briefs.length))}); asking for what the brief supplied: ${repeats}`);
  console.log(`  kinds asked: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || '—'}`);
}

if (annotated.briefs > 0) {
  console.log('\n## Annotated briefs (expected gap kinds)');
  console.log(`  precision ${round(annotated.hit / Math.max(1, annotated.asked))} (${annotated.hit}/${annotated.asked} questions asked were expected)`);
  console.log(`  recall    ${round(annotated.hit / Math.max(1, annotated.expected))} (${annotated.hit}/${annotated.expected} expected gaps asked, at most ${MAX_QUESTIONS} a brief)`);
  console.log(`  exact     ${annotated.exact}/${annotated.briefs} briefs asked exactly the expected kinds`);
  console.log(`  complete briefs that ask nothing: ${annotated.completeSilent}/${annotated.complete}`);
  if (misses.length > 0) console.log(`  differences:\n${misses.map((m) => `    ${m}`).join('\n')}`);
}
