import type Type from 'typebox';
import type { SectionDefinition } from '../section-registry.ts';
import { articlesSection } from './articles-section.ts';
import { authSection } from './auth-section.ts';
import { availabilitySection } from './availability-section.ts';
import { bookingSection } from './booking-section.ts';
import { calculatorSection } from './calculator-section.ts';
import { catalogueSection } from './catalogue-section.ts';
import { contactDetailsSection } from './contact-details-section.ts';
import { dashboardSection } from './dashboard-section.ts';
import { donationSection } from './donation-section.ts';
import { eventsSection } from './events-section.ts';
import { languageSwitchSection } from './language-switch-section.ts';
import { noticeSection } from './notice-section.ts';
import { openingHoursSection } from './opening-hours-section.ts';
import { reviewsSection } from './reviews-section.ts';
import { teamSection } from './team-section.ts';
import { trackingSection } from './tracking-section.ts';
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
  bookingSection,
  availabilitySection,
  catalogueSection,
  calculatorSection,
  teamSection,
  openingHoursSection,
  contactDetailsSection,
  eventsSection,
  articlesSection,
  authSection,
  dashboardSection,
  trackingSection,
  donationSection,
  languageSwitchSection,
  reviewsSection,
  noticeSection,
] as const satisfies readonly SectionDefinition<Type.TObject>[];

/** The props each built-in section type takes, e.g. `SectionProps['hero']`. */
export type SectionProps = {
  [S in (typeof DEFAULT_SECTIONS)[number] as S['type']]: Type.Static<S['props']>;
};
