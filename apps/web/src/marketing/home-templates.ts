import { renderPageSections, TemplateBuilder, type TemplateSpec } from '@statex/templates';
import type { Messages } from '../i18n/messages';
import type { Locale } from '../i18n/routing';

type HomeText = Messages['Home'];

/** The home page's AB variants: alternative templates made of the same sections as the prototypes. */
export const HOME_VARIANTS = ['a', 'b'] as const;
export type HomeVariant = (typeof HOME_VARIANTS)[number];
export const HOME_EXPERIMENT = 'home';

// Section links are relative page names (`order.html`); the web app maps them to its locale routes.
const ORDER = { href: 'order.html' } as const;

/** The order page as the spec knows it (its form is the web app's own), so links to it validate. */
const withOrderPage = (builder: TemplateBuilder, t: HomeText): TemplateSpec =>
  builder.page({ slug: 'order', title: t.primary }).section({ id: 'order', type: 'text', props: { heading: t.primary, paragraphs: [t.ctaText] } }).build();

/** Variant A: what you get first (steps, deliverables, numbers, questions). */
function variantA(t: HomeText, locale: Locale): TemplateSpec {
  const builder = new TemplateBuilder({ title: 'Statex', locale, theme: 'light' })
    .page({ slug: 'index', title: 'Statex' })
    .section({ id: 'hero', type: 'hero', props: { heading: t.heroHeading, text: t.heroText, primaryAction: { ...ORDER, label: t.primary }, secondaryAction: { href: '#how', label: t.secondary } } })
    .section({ id: 'how', type: 'steps', props: { heading: t.stepsHeading, steps: [1, 2, 3, 4].map((n) => ({ title: t[`step${n}` as 'step1'], text: t[`step${n}Text` as 'step1Text'] })) } })
    .section({ id: 'deliverables', type: 'features', props: { heading: t.featuresHeading, intro: t.featuresIntro, items: [1, 2, 3].map((n) => ({ title: t[`f${n}` as 'f1'], text: t[`f${n}Text` as 'f1Text'] })) } })
    .section({ id: 'numbers', type: 'stats', props: { heading: t.statsHeading, items: [{ value: '5', label: t.s1 }, { value: '10', label: t.s2 }, { value: '1', label: t.s3 }] } })
    .section({ id: 'questions', type: 'faq', props: { heading: t.faqHeading, items: [1, 2, 3].map((n) => ({ question: t[`q${n}` as 'q1'], answer: t[`a${n}` as 'a1'] })) } })
    .section({ id: 'start', type: 'cta', props: { heading: t.ctaHeading, text: t.ctaText, action: { ...ORDER, label: t.primary } } });
  return withOrderPage(builder, t);
}

/** Variant B: proof first (a different promise, a customer's words, then the steps). */
function variantB(t: HomeText, locale: Locale): TemplateSpec {
  const builder = new TemplateBuilder({ title: 'Statex', locale, theme: 'light' })
    .page({ slug: 'index', title: 'Statex' })
    .section({ id: 'hero', type: 'hero', props: { heading: t.heroHeadingB, text: t.heroTextB, primaryAction: { ...ORDER, label: t.primary }, secondaryAction: { href: '#how', label: t.secondary } } })
    .section({ id: 'voices', type: 'testimonials', props: { heading: t.testimonialsHeading, items: [{ quote: t.t1, author: t.t1Author, role: t.t1Role }] } })
    .section({ id: 'how', type: 'steps', props: { heading: t.stepsHeading, steps: [1, 2, 3, 4].map((n) => ({ title: t[`step${n}` as 'step1'], text: t[`step${n}Text` as 'step1Text'] })) } })
    .section({ id: 'deliverables', type: 'features', props: { heading: t.featuresHeading, intro: t.featuresIntro, items: [1, 2, 3].map((n) => ({ title: t[`f${n}` as 'f1'], text: t[`f${n}Text` as 'f1Text'] })) } })
    .section({ id: 'start', type: 'cta', props: { heading: t.ctaHeading, text: t.ctaText, action: { ...ORDER, label: t.primary } } });
  return withOrderPage(builder, t);
}

export function homeTemplate(variant: HomeVariant, t: HomeText, locale: Locale): TemplateSpec {
  return variant === 'a' ? variantA(t, locale) : variantB(t, locale);
}

/** The page's sections as HTML, page links pointing at this locale's routes. */
export function renderHome(variant: HomeVariant, t: HomeText, locale: Locale): string {
  const sections = renderPageSections(homeTemplate(variant, t, locale), 'index');
  return sections.replace(/href="([a-z0-9-]+)\.html(#[^"]*)?"/g, (_match, name: string, hash?: string) => `href="/${locale}/${name === 'index' ? '' : name}${hash ?? ''}"`.replace(/\/"$/, '"'));
}
