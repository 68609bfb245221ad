/**
 * Times the offline tier on a typical brief, on a brief of the maximum length, on that brief with
 * 200 KB of documents, and on a modification round, and prints the figures.
 * Run: `npm run bench --workspace packages/ai`. The target is well under 50 ms for a typical brief.
 */
import { BRIEF_MAX_CHARS } from '@statex/core';
import { OfflineGenerator, type GeneratorInput } from '../src/index.ts';
import { restaurantInput } from '../src/offline/restaurant-brief.fixture.ts';

const ROUNDS = 50;
const generator = new OfflineGenerator();

const SUBJECTS = ['Customers', 'Guests', 'Visitors', 'Members', 'Staff', 'Partners'];
const ACTIONS = ['book an appointment', 'download the brochure', 'see the opening hours', 'pay online', 'filter the catalogue by colour', 'leave a review', 'subscribe to the newsletter', 'request a quote', 'find the nearest branch', 'read the latest news'];
const CONTEXT = ['We have worked in this region for many years.', 'Our team is small but experienced.', 'Most of our clients come through recommendations.'];

/** Varied sentences, as a long real brief has: needs in several forms, mixed with context. */
function longBrief(chars: number): string {
  const sentences: string[] = [];
  for (let i = 0; sentences.join(' ').length < chars; i++) {
    const subject = SUBJECTS[i % SUBJECTS.length];
    const action = ACTIONS[(i * 7) % ACTIONS.length];
    const form = i % 4;
    if (form === 0) sentences.push(`${subject} should be able to ${action} in section ${i}.`);
    else if (form === 1) sentences.push(`We need a page ${i} where people can ${action}.`);
    else if (form === 2) sentences.push(`It would be nice to have a widget number ${i} to ${action}.`);
    else sentences.push(CONTEXT[i % CONTEXT.length] ?? '');
  }
  return sentences.join(' ').slice(0, chars);
}

function documentText(bytes: number): string {
  const lines: string[] = ['# Detailed requirements'];
  for (let i = 0; lines.join('\n').length < bytes; i++) lines.push(`- The catalogue must list product ${i} with a photo, a price and a short description.`);
  return lines.join('\n');
}

async function time(label: string, input: GeneratorInput): Promise<void> {
  const first = performance.now();
  const out = await generator.generate(input);
  const cold = performance.now() - first;
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await generator.generate(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): string => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(2);
  const size = input.brief.length + input.documents.reduce((n, d) => n + (d.text?.length ?? 0), 0);
  console.log(
    `${label.padEnd(34)} ${String(size).padStart(7)} chars  ${String(out.terms.requirements.length).padStart(3)} reqs  ${String(out.spec.pages.length).padStart(2)} pages` +
      `   cold ${cold.toFixed(1)} ms   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms`,
  );
}

const typical = restaurantInput();
const long = { ...restaurantInput({ documents: [] }), brief: longBrief(BRIEF_MAX_CHARS) };
const loaded = { ...long, documents: [{ name: 'requirements.md', kind: 'md' as const, text: documentText(200_000) }] };

console.log(`offline tier, ${ROUNDS} rounds each (cold = first call in this process)`);
await time('typical brief + 1 document', typical);
const previous = await generator.generate(typical);
const revision = { ...typical, revision: { change: 'Remove the newsletter. We also want an FAQ page.', previous } };
await time('modification round', revision);
await time('20,000-char brief', long);
await time('20,000-char brief + 200 KB document', loaded);
