import type Type from 'typebox';
import type { SectionDefinition } from '../section-registry.ts';
import { contactFormSection } from './contact-form-section.ts';
import { ctaSection } from './cta-section.ts';
import { faqSection } from './faq-section.ts';
import { featuresSection } from './features-section.ts';
import { gallerySection } from './gallery-section.ts';
import { heroSection } from './hero-section.ts';
import { pricingSection } from './pricing-section.ts';
import { statsSection } from './stats-section.ts';
import { stepsSection } from './steps-section.ts';
import { tableSection } from './table-section.ts';
import { testimonialsSection } from './testimonials-section.ts';
import { textSection } from './text-section.ts';

export const DEFAULT_SECTIONS = [
  heroSection,
  featuresSection,
  textSection,
  stepsSection,
  pricingSection,
  faqSection,
  testimonialsSection,
  gallerySection,
  statsSection,
  tableSection,
  contactFormSection,
  ctaSection,
] as const satisfies readonly SectionDefinition<Type.TObject>[];

/** The props each built-in section type takes, e.g. `SectionProps['hero']`. */
export type SectionProps = {
  [S in (typeof DEFAULT_SECTIONS)[number] as S['type']]: Type.Static<S['props']>;
};
