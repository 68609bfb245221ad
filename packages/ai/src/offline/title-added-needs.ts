import type { Requirement, Terms } from '@statex/core';
import { resolveLocale } from '@statex/i18n';
import type { TemplateSpec } from '@statex/templates';
import { CHANGE_LEXICONS } from './change-lexicon.ts';

/**
 * "About": the word that introduces what an added page is about, per language. The heading keeps
 * it ("Frequently asked questions about travel fees", "Časté dotazy o cestovném"), so the case the
 * preposition governs stays right in every language.
 */
const ABOUT: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:about|regarding|concerning)\s+(?<topic>.+)$/iu,
  de: /(?<![\p{L}])(?:über|bezüglich|zum\s+thema)\s+(?<topic>.+)$/iu,
  fr: /(?<![\p{L}])(?:sur|concernant|au\s+sujet\s+d[eu']|à\s+propos\s+d[eu'])\s*(?<topic>.+)$/iu,
  it: /(?<![\p{L}])(?:su|sul|sulla|sui|sulle|sugli|riguardo\s+a(?:l|lla|i|gli|lle)?)\s+(?<topic>.+)$/iu,
  es: /(?<![\p{L}])(?:sobre|acerca\s+de(?:l)?)\s+(?<topic>.+)$/iu,
  nl: /(?<![\p{L}])(?:over|omtrent)\s+(?<topic>.+)$/iu,
  cs: /(?<![\p{L}])(?:o|ohledně)\s+(?<topic>.+)$/iu,
  pl: /(?<![\p{L}])(?:o|na\s+temat)\s+(?<topic>.+)$/iu,
  ru: /(?<![\p{L}])(?:о|об|обо|про)\s+(?<topic>.+)$/iu,
  ar: /(?<![\p{L}])(?:عن|حول|بشأن)\s+(?<topic>.+)$/iu,
};
/** "… a page with …": what follows names the content, in languages where "with" leaves the noun as it is. */
const WITH: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:(?:a|an|the|one)\s+)?(?:new\s+)?(?:page|section|area|tab)\s+(?:with|for|listing|showing|of)\s+(?<topic>.+)$/iu,
  de: /(?<![\p{L}])(?:(?:eine|die|einen)\s+)?(?:neue\s+)?(?:seite|rubrik|bereich|sektion)\s+(?:mit|für)\s+(?<topic>.+)$/iu,
  fr: /(?<![\p{L}])(?:(?:une|la)\s+)?(?:nouvelle\s+)?(?:page|section|rubrique)\s+(?:avec|pour|de)\s+(?<topic>.+)$/iu,
  it: /(?<![\p{L}])(?:(?:una|la)\s+)?(?:nuova\s+)?(?:pagina|sezione)\s+(?:con|per|di)\s+(?<topic>.+)$/iu,
  es: /(?<![\p{L}])(?:(?:una|la)\s+)?(?:nueva\s+)?(?:página|sección)\s+(?:con|para|de)\s+(?<topic>.+)$/iu,
  nl: /(?<![\p{L}])(?:(?:een|de)\s+)?(?:nieuwe\s+)?(?:pagina|sectie|rubriek)\s+(?:met|voor)\s+(?<topic>.+)$/iu,
};

const MAX_TOPIC = 80;

/** What an added need is about, with the word that introduces it, in the customer's words; null when the change names no topic. */
export function topicOf(change: string, locale: string): string | null {
  const language = resolveLocale(locale);
  const lex = CHANGE_LEXICONS[language];
  const fragment = change.replace(lex.addOpening, '').replace(CHANGE_LEXICONS.en.addOpening, '').replace(/[\s.!?…。؟]+$/u, '').replace(/\s+(?:hinzu|toe)$/iu, '').trim();
  const about = ABOUT[language]?.exec(fragment);
  if (about?.groups?.topic) {
    const topic = fragment.slice(about.index).trim();
    return topic.length <= MAX_TOPIC ? topic : null;
  }
  const listed = WITH[language]?.exec(fragment)?.groups?.topic?.trim();
  return listed && listed.length <= MAX_TOPIC ? `: ${listed}` : null;
}

/**
 * Version 2 of a site names what the customer added in their own words: the section that shows an
 * added need takes the topic into its heading ("Frequently asked questions about travel fees"), and a
 * page made only for it, its title. Sections shared with earlier needs keep their heading.
 */
export function titleAddedNeeds(spec: TemplateSpec, previous: Terms, revised: Terms): TemplateSpec {
  const before = new Set(previous.requirements.map((r) => r.id));
  const added = revised.requirements.filter((r): r is Requirement => !before.has(r.id) && r.source === 'modification');
  if (added.length === 0) return spec;
  const locale = revised.locale ?? spec.site.locale;
  const pages = spec.pages.map((page) => {
    let title = page.title;
    const sections = page.sections.map((section) => {
      const heading = section.props.heading;
      const own = added.filter((r) => section.covers.includes(r.id));
      if (own.length !== 1 || section.covers.length !== 1 || typeof heading !== 'string') return section;
      const topic = topicOf(own[0]!.text, locale);
      if (topic === null || heading.toLowerCase().includes(topic.replace(/^:\s*/, '').toLowerCase())) return section;
      const titled = topic.startsWith(':') ? `${heading}${topic}` : `${heading} ${topic}`;
      if (page.covers.length === 1 && page.covers[0] === own[0]!.id) title = `${titled} — ${spec.site.title}`;
      return { ...section, props: { ...section.props, heading: titled } };
    });
    return { ...page, title, sections };
  });
  return { ...spec, pages };
}
