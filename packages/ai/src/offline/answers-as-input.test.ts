import type { AskedQuestion } from '@statex/core';
import { renderTermsMarkdown } from '@statex/core';
import { termsMessages, translator } from '@statex/i18n';
import { describe, expect, it } from 'vitest';
import type { GeneratorInput } from '../generator.ts';
import { factsOfAnswer, listItems, nameOf } from './answers-as-input.ts';
import { OfflineGenerator } from './offline-generator.ts';

const generator = new OfflineGenerator();
const input = (brief: string, locale: string): GeneratorInput => ({ requestId: 'r-interview', brief, documents: [], locale, compliance: 'standard', privacy: 'standard' });

/** The questions asked for `brief`, answered in order (null leaves one unanswered). */
async function interviewed(brief: string, locale: string, answers: Array<string | null>): Promise<AskedQuestion[]> {
  const questions = await generator.askQuestions(input(brief, locale));
  return questions.map((q, i) => ({ ...q, answer: answers[i] ?? null }));
}

function sectionsOf(spec: { pages: Array<{ sections: Array<{ type: string; props: unknown }> }> }, type: string): unknown[] {
  return spec.pages.flatMap((p) => p.sections).filter((s) => s.type === type).map((s) => s.props);
}

describe('answers as inputs', () => {
  const brief = 'We need online booking for our dental practice.';

  it('turns answers into facts and a name with source answer, shown on the site; the unanswered question becomes an assumption', async () => {
    const interview = await interviewed(brief, 'en', ['Smile Dental Leeds', 'Cleaning 50 €, whitening 120 €', null, 'Mon–Fri 8:00–18:00, Sat 9:00–12:00']);
    expect(interview.map((q) => q.kind)).toEqual(['business-name', 'services', 'staff', 'hours']);
    const { terms, spec } = await generator.generate({ ...input(brief, 'en'), interview });

    expect(terms.business?.name).toBe('Smile Dental Leeds');
    expect(terms.title).toBe('Website for Smile Dental Leeds');
    expect(spec.site.title).toBe('Smile Dental Leeds');
    expect(terms.facts).toEqual(
      expect.arrayContaining([
        { kind: 'service', label: 'Cleaning', value: '50 €', source: 'answer' },
        { kind: 'service', label: 'whitening', value: '120 €', source: 'answer' },
        expect.objectContaining({ kind: 'hours', label: 'Mon–Fri', value: '8:00–18:00', source: 'answer' }),
      ]),
    );
    // The booking form offers the real treatments; the opening hours are on the site.
    const booking = sectionsOf(spec, 'booking')[0] as { services: string[] };
    expect(booking.services).toEqual(['Cleaning', 'whitening']);
    expect(JSON.stringify(spec)).toContain('8:00–18:00');

    expect(terms.interview).toEqual([
      { id: 'q1', question: interview[0]?.text, requirement: null, answer: 'Smile Dental Leeds' },
      { id: 'q2', question: interview[1]?.text, requirement: 'R1', answer: 'Cleaning 50 €, whitening 120 €' },
      { id: 'q3', question: interview[2]?.text, requirement: 'R1', answer: null, assumption: 'Assumed: visitors book with the business, not with a particular person (question q3 was not answered).' },
      { id: 'q4', question: interview[3]?.text, requirement: 'R1', answer: 'Mon–Fri 8:00–18:00, Sat 9:00–12:00' },
    ]);
    const markdown = renderTermsMarkdown(terms, translator(termsMessages, 'en'));
    expect(markdown).toContain('## Questions and answers');
    expect(markdown).toContain('  - Answer: Cleaning 50 €, whitening 120 €');
    expect(markdown).toContain('### Services\n\n- Cleaning: 50 €\n- whitening: 120 €');
  });

  it('lists the people a staff answer names and offers them on the booking form (German)', async () => {
    const german = 'Wir brauchen Online-Terminbuchung für unsere Zahnarztpraxis.';
    const interview = await interviewed(german, 'de', [null, 'Prophylaxe, Bleaching und Implantate', 'Dr. Anna Weber (Implantologie), Dr. Tom Braun']);
    const { terms, spec } = await generator.generate({ ...input(german, 'de'), interview });
    expect(terms.facts?.filter((f) => f.kind === 'service').map((f) => f.label)).toEqual(['Prophylaxe', 'Bleaching', 'Implantate']);
    expect(terms.facts?.filter((f) => f.kind === 'person')).toEqual([
      { kind: 'person', label: 'Dr. Anna Weber', value: 'Implantologie', source: 'answer' },
      { kind: 'person', label: 'Dr. Tom Braun', source: 'answer' },
    ]);
    const booking = sectionsOf(spec, 'booking')[0] as { services: string[]; people: string[] };
    expect(booking.people).toEqual(['Dr. Anna Weber', 'Dr. Tom Braun']);
    // Unanswered name and hours: stated as German assumptions.
    expect(terms.interview?.[0]?.assumption).toBe('Angenommen: die Website trägt den Titel „Zahnarztpraxis“, bis der Firmenname bekannt ist (Frage q1 wurde nicht beantwortet).');
    expect(terms.interview?.[3]?.assumption).toMatch(/^Angenommen: die Website zeigt keine Öffnungszeiten.*\(Frage q4 wurde nicht beantwortet\)\.$/);
    expect(renderTermsMarkdown(terms, translator(termsMessages, 'de'))).toContain('## Fragen und Antworten');
  });

  it('reads a scope answer: "only the website" keeps the app’s features as could-haves and states the scope', async () => {
    const app = 'BrewBox is a coffee subscription app. Users manage their subscription in a dashboard and get notifications when a roast ships.';
    const interview = await interviewed(app, 'en', ['Only the marketing website, please.']);
    expect(interview[0]?.kind).toBe('scope');
    const before = (await generator.generate(input(app, 'en'))).terms;
    const { terms } = await generator.generate({ ...input(app, 'en'), interview });
    const added = terms.requirements.slice(before.requirements.length);
    expect(added).toEqual([expect.objectContaining({ id: `R${before.requirements.length + 1}`, source: 'answer', kind: 'about', text: 'The prototype is the website presenting BrewBox; the app itself is not part of it.' })]);
    for (const r of terms.requirements.filter((r) => r.kind === 'dashboard' || r.kind === 'notifications')) expect(r.priority).toBe('could');
    // The brief's requirements keep their ids: the questions cited them.
    expect(terms.requirements.slice(0, before.requirements.length).map((r) => r.id)).toEqual(before.requirements.map((r) => r.id));
  });

  it('names the business in a scope answer by the name given in the same interview', async () => {
    const app = 'We are building a subscription app for coffee lovers. Users manage their subscription in a dashboard.';
    const interview = await interviewed(app, 'en', ['Only the website.', 'BrewBox']);
    expect(interview.map((q) => q.kind)).toEqual(['scope', 'business-name']);
    expect(interview[0]?.text).toBe('Should the prototype be the app itself, or only the website that presents it?');
    const { terms } = await generator.generate({ ...input(app, 'en'), interview });
    expect(terms.requirements.at(-1)?.text).toBe('The prototype is the website presenting BrewBox; the app itself is not part of it.');
    expect(terms.interview?.map((e) => e.id)).toEqual(['q1', 'q2']);
  });

  it('adds a need an answer states as a requirement with source answer, and a languages answer as the languages requirement (French)', async () => {
    const brief = 'Le Petit Four est une pâtisserie à Lyon. Le site doit être en plusieurs langues.';
    const interview = await interviewed(brief, 'fr', ['Français et anglais. Nous voulons aussi une galerie de photos.']);
    expect(interview[0]?.kind).toBe('languages');
    const { terms } = await generator.generate({ ...input(brief, 'fr'), interview });
    const fromAnswer = terms.requirements.filter((r) => r.source === 'answer');
    expect(fromAnswer.map((r) => r.kind)).toEqual(['languages', 'gallery']);
    expect(fromAnswer[0]?.text).toBe('Le site est disponible dans ces langues : Français et anglais. Nous voulons aussi une galerie de photos.');
  });

  it('changes nothing when no interview was held', async () => {
    const plain = await generator.generate(input(brief, 'en'));
    const empty = await generator.generate({ ...input(brief, 'en'), interview: [] });
    expect(empty).toEqual(plain);
    expect(plain.terms.interview).toBeUndefined();
  });
});

describe('reading one answer', () => {
  it('frames prices as services, products or prices by the question asked', () => {
    expect(factsOfAnswer({ kind: 'services' }, 'Haircut 25 €', 'en')).toEqual([{ kind: 'service', label: 'Haircut', value: '25 €', source: 'answer' }]);
    expect(factsOfAnswer({ kind: 'menu' }, 'Salmorejo 6,50 €\nCroquetas 8 €', 'es').map((f) => `${f.kind}:${f.label}`)).toEqual(['product:Salmorejo', 'product:Croquetas']);
    expect(factsOfAnswer({ kind: 'prices' }, 'Karnet miesięczny 149 zł', 'pl')).toEqual([{ kind: 'price', label: 'Karnet miesięczny', value: '149 zł', source: 'answer' }]);
  });

  it('takes an address or hours answer as written when no finder reads it', () => {
    expect(factsOfAnswer({ kind: 'address' }, 'Hauptstraße 5, 04109 Leipzig', 'de')).toEqual([{ kind: 'address', label: 'Hauptstraße 5, 04109 Leipzig', source: 'answer' }]);
    expect(factsOfAnswer({ kind: 'address' }, 'ул. Ленина, 10, Екатеринбург', 'ru').map((f) => f.kind)).toEqual(['address']);
    expect(factsOfAnswer({ kind: 'hours' }, 'Пн–Пт 10–20', 'ru').map((f) => f.kind)).toEqual(['hours']);
  });

  it('splits a list in the answer’s language and keeps what is in brackets', () => {
    expect(listItems('Prophylaxe, Bleaching und Implantate', 'de')).toEqual(['Prophylaxe', 'Bleaching', 'Implantate']);
    expect(listItems('- stříhání\n- barvení a melír', 'cs')).toEqual(['stříhání', 'barvení', 'melír']);
    expect(listItems('Anna (colour, cuts) and Marta', 'en')).toEqual(['Anna (colour, cuts)', 'Marta']);
  });

  it('takes a name without quotes, lead-in or full stop', () => {
    expect(nameOf('It’s called “Zahnwerk Leipzig”.')).toBe('Zahnwerk Leipzig');
    expect(nameOf('Smile Dental Leeds.')).toBe('Smile Dental Leeds');
    expect(nameOf('Zubní ordinace MUDr. Nováková s.r.o.')).toBe('Zubní ordinace MUDr. Nováková s.r.o.');
    expect(nameOf('Our practice is called Smile Dental and we are in Leeds.')).toBe('Smile Dental');
    expect(nameOf('we have not decided yet what it will be called, sorry')).toBe('');
  });
});

describe('reading a partly read list', () => {
  it('keeps what the finders read and adds the items they missed', () => {
    expect(factsOfAnswer({ kind: 'services' }, 'Cleaning 50 €, whitening 120 €, implants', 'en')).toEqual([
      { kind: 'service', label: 'Cleaning', value: '50 €', source: 'answer' },
      { kind: 'service', label: 'whitening', value: '120 €', source: 'answer' },
      { kind: 'service', label: 'implants', source: 'answer' },
    ]);
  });
});
