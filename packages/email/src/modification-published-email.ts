import type { Fact, TermsDiff } from '@statex/core';
import { businessValues, emailTranslator, formatWhen, renderEmail, type EmailBlock, type Recipient, type RenderedEmail } from './email-layout.ts';

export interface ModificationPublishedEmailInput extends Recipient {
  prototypeUrl: string;
  version: number;
  /** Between the terms of the version before and the one now published. */
  diff: TermsDiff;
  expiresAt: Date;
}

const factLine = (fact: Fact): string => (fact.value ? `${fact.label}: ${fact.value}` : fact.label);

/** The modification is live, and this is what it changed: each added, changed and removed requirement by id and text. */
export function modificationPublishedEmail(input: ModificationPublishedEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  const business = businessValues(input);
  const { added, changed, removed } = input.diff;
  const changes: EmailBlock[] = [];
  if (added.length > 0) changes.push({ kind: 'list', title: t('changeAdded'), items: added.map((r) => ({ label: r.id, text: r.text })) });
  if (changed.length > 0) {
    changes.push({
      kind: 'list',
      title: t('changeChanged'),
      // A change of wording shows the old wording; a change of priority or category alone shows the requirement.
      items: changed.map((c) => ({ label: c.id, text: c.after.text, ...(c.before.text !== c.after.text ? { note: t('changeWas', { text: c.before.text }) } : {}) })),
    });
  }
  if (removed.length > 0) changes.push({ kind: 'list', title: t('changeRemoved'), items: removed.map((r) => ({ label: r.id, text: r.text })) });
  const facts = input.diff.facts;
  if (facts) {
    // Facts have no ids: a rename, a new value, an added or removed item, each in the customer's own words.
    const items = [
      ...facts.renamed.map((f) => ({ label: '~', text: `${f.before.label} → ${f.after.label}` })),
      ...facts.changed.map((f) => ({ label: '~', text: `${f.after.label}: ${f.before.value ?? ''} → ${f.after.value ?? ''}` })),
      ...facts.added.map((f) => ({ label: '+', text: factLine(f) })),
      ...facts.removed.map((f) => ({ label: '−', text: factLine(f) })),
    ];
    if (items.length > 0) changes.push({ kind: 'list', title: t('factsTitle'), items });
  }
  if (changes.length === 0) changes.push({ kind: 'paragraph', text: t('changeNone') });
  // The one modification is used: the status page no longer offers it.
  return renderEmail({ ...input, modificationAvailable: false }, {
    subject: t('modifiedSubject', { ...business, version: input.version }),
    preview: t('modifiedIntro'),
    blocks: [
      { kind: 'heading', text: t('modifiedHeading') },
      { kind: 'paragraph', text: t('modifiedIntro') },
      ...changes,
      { kind: 'button', label: t('prototypeButton'), url: input.prototypeUrl },
      { kind: 'paragraph', text: t('modifiedFinal') },
      { kind: 'paragraph', text: t('deletedOn', { when: formatWhen(t.locale, input.expiresAt) }) },
    ],
  });
}
