import { termsMessages, translator } from '@statex/i18n';
import { describe, expect, it } from 'vitest';
import type { Terms } from './deliverables.ts';
import { escapeMarkdown, formatRequirementIds, renderTermsMarkdown } from './render-terms-markdown.ts';

const terms: Terms = {
  title: 'Website for Trattoria Sole',
  summary: 'Trattoria Sole. 2 requirements.',
  requirements: [
    { id: 'R1', text: 'The site shall allow guests to book a table online.', category: 'functional', priority: 'must', source: 'brief' },
    { id: 'R2', text: 'Show a | pipe, <script>alert(1)</script> and **stars**\n# not a heading', category: 'content', priority: 'could', source: 'file:a|b.md' },
  ],
  assumptions: ['We are open since 1998.', '- not a nested item', '1. not a numbered item'],
};

describe('renderTermsMarkdown', () => {
  const markdown = renderTermsMarkdown(terms, translator(termsMessages, 'en'));

  it('renders title, summary, a row per requirement with its id, and the assumptions', () => {
    expect(markdown.startsWith('# Terms of reference: Website for Trattoria Sole\n\nTrattoria Sole. 2 requirements.\n')).toBe(true);
    expect(markdown).toContain('| R1 | The site shall allow guests to book a table online. | functional | must | brief |');
    expect(markdown).toContain('2 requirements: 1 must, 0 should, 1 could.');
    expect(markdown).toContain('## Assumptions\n\n- We are open since 1998.\n');
  });

  it('keeps customer text from breaking the table or the document structure', () => {
    const row = markdown.split('\n').find((line) => line.startsWith('| R2 |')) ?? '';
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    expect(row).toContain('Show a \\| pipe, \\<script\\>alert(1)\\</script\\> and \\*\\*stars\\*\\* # not a heading');
    expect(row).toContain('file a\\|b.md');
    expect(markdown).not.toMatch(/^# not a heading/m);
    expect(markdown).toContain('- \\- not a nested item');
    expect(markdown).toContain('- 1\\. not a numbered item');
  });

  it('leaves a plain ampersand in a name as written, escaping only what would start an entity', () => {
    expect(escapeMarkdown('Lens & Light')).toBe('Lens & Light');
    expect(escapeMarkdown('&amp; &#38;')).toBe('\\&amp; \\&#38;');
  });

  it('says so when there are no requirements or assumptions', () => {
    const empty = renderTermsMarkdown({ ...terms, requirements: [], assumptions: [] }, translator(termsMessages, 'en'));
    expect(empty).toContain('No requirements.');
    expect(empty).toContain('## Assumptions\n\nNone.');
  });
});

describe('renderTermsMarkdown in the request’s language', () => {
  const czech: Terms = {
    title: 'Web pro Minipivovar U Kocoura',
    summary: 'Minipivovar U Kocoura.',
    locale: 'cs',
    business: { name: 'U Kocoura', type: 'brewery', tagline: '' },
    requirements: [
      { id: 'R1', text: 'Web obsahuje kalendář akcí.', category: 'content', priority: 'should', source: 'brief', kind: 'events', acceptance: 'Nadcházející akce jsou seřazené podle data.' },
      { id: 'R2', text: 'Zákazníci mohou koupit dárkový poukaz.', category: 'functional', priority: 'must', source: 'file:piva.txt', kind: 'shop' },
    ],
    assumptions: [],
    facts: [
      { kind: 'price', label: 'Kocour 11° světlý ležák', value: '45 Kč', group: 'Naše piva', source: 'file:piva.txt' },
      { kind: 'hours', label: 'denně', value: '11–23', source: 'brief' },
    ],
  };
  const markdown = renderTermsMarkdown(czech, translator(termsMessages, 'cs'));

  it('writes headings, table, counts, categories, priorities and sources in the locale, with the business name first', () => {
    expect(markdown.split('\n')[0]).toBe('# Zadávací dokumentace: Web pro Minipivovar U Kocoura');
    expect(markdown).toContain('| Č. | Požadavek | Kategorie | Priorita | Zdroj |');
    expect(markdown).toContain('| R2 | Zákazníci mohou koupit dárkový poukaz. | funkční | povinné | soubor piva.txt |');
    expect(markdown).toContain('2 požadavky: povinné 1, doporučené 1, volitelné 0.');
    expect(markdown).not.toMatch(/Terms of reference|Requirements|Assumptions|must|should/);
  });

  it('lists acceptance criteria after the table, never as a line starting with an id', () => {
    expect(markdown).toContain('## Akceptační kritéria\n\n- Nadcházející akce jsou seřazené podle data. (R1)');
    expect(markdown.split('\n').filter((line) => /^\s*(?:\|\s*)?(?:[-*]\s*)?(?:\*\*)?R\d+\b/.test(line))).toHaveLength(2);
  });

  it('lists the facts provided, grouped by kind', () => {
    expect(markdown).toContain('## Dodané údaje\n\n### Ceny\n\n- Naše piva — Kocour 11° světlý ležák: 45 Kč\n\n### Otevírací doba\n\n- denně: 11–23');
    expect(markdown).toContain('## Předpoklady\n\nŽádné.');
  });
});

describe('escapeMarkdown and formatRequirementIds', () => {
  it('escapes what would become markup, and folds line breaks', () => {
    expect(escapeMarkdown('a_b [link](x) `c` ~d~ &amp;\r\n> quote')).toBe('a\\_b \\[link\\](x) \\`c\\` \\~d\\~ \\&amp; \\> quote');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('compresses runs of ids into ranges', () => {
    expect(formatRequirementIds(['R1', 'R2', 'R3', 'R5', 'R7', 'R8'])).toBe('R1–R3, R5, R7, R8');
    expect(formatRequirementIds([])).toBe('');
  });
});

describe('renderTermsMarkdown with a brief interview', () => {
  const interviewed: Terms = {
    ...terms,
    requirements: [...terms.requirements, { id: 'R3', text: 'The site is available in these languages: English, German.', category: 'content', priority: 'should', source: 'answer', kind: 'languages' }],
    facts: [{ kind: 'service', label: 'Cleaning', value: '50 €', source: 'answer' }],
    interview: [
      { id: 'q1', question: 'Which treatments can patients book online?', requirement: 'R1', answer: 'Cleaning 50 €' },
      { id: 'q2', question: 'What are your opening hours (days and times)?', requirement: 'R1', answer: null, assumption: 'Assumed: the site shows no opening hours (question q2 was not answered).' },
      { id: 'q3', question: 'What is the name of your business, as it should appear on the site?', requirement: null, answer: null },
    ],
  };

  it('lists each question with the requirement it concerns, then the answer or the assumption made', () => {
    const markdown = renderTermsMarkdown(interviewed, translator(termsMessages, 'en'));
    expect(markdown).toContain(
      '## Questions and answers\n\n- **q1** (R1) Which treatments can patients book online?\n  - Answer: Cleaning 50 €\n' +
        '- **q2** (R1) What are your opening hours (days and times)?\n  - Assumed: the site shows no opening hours (question q2 was not answered).\n' +
        '- **q3** What is the name of your business, as it should appear on the site?\n  - Not answered.\n\n## Assumptions',
    );
    expect(markdown).toContain('| R3 | The site is available in these languages: English, German. | content | should | customer’s answer |');
  });

  it('writes the section in the request’s language, and leaves terms without an interview unchanged', () => {
    const german = renderTermsMarkdown(interviewed, translator(termsMessages, 'de'));
    expect(german).toContain('## Fragen und Antworten');
    expect(german).toContain('  - Antwort: Cleaning 50 €');
    expect(german).toContain('| Antwort des Kunden |');
    expect(renderTermsMarkdown(terms, translator(termsMessages, 'en'))).not.toContain('Questions and answers');
    expect(renderTermsMarkdown({ ...terms, interview: [] }, translator(termsMessages, 'en'))).toBe(renderTermsMarkdown(terms, translator(termsMessages, 'en')));
  });
});
