import type { GeneratorInput } from '../generator.ts';

/** A realistic brief: four distinct needs, context, a greeting; the document adds two and repeats one. */
export const RESTAURANT_BRIEF = `Hello! We are a family-run Italian restaurant in Vienna called 'Trattoria Sole'. We have been open since 1998 and our guests love our homemade pasta.

We need a website with our menu and prices. Guests should be able to book a table online. We would like a photo gallery of our dishes and the dining room. It would be nice to have a newsletter signup.

Our opening hours are Tuesday to Sunday, 12:00 to 23:00.
Best regards, Maria`;

export const RESTAURANT_DOCUMENT = `# Additional requirements
- Online table reservation
- A contact form for event and catering enquiries
- The site must be available in German and English`;

export function restaurantInput(overrides: Partial<GeneratorInput> = {}): GeneratorInput {
  return {
    requestId: 'req-restaurant',
    brief: RESTAURANT_BRIEF,
    documents: [{ name: 'requirements.md', kind: 'md', text: RESTAURANT_DOCUMENT }],
    locale: 'en',
    compliance: 'standard',
    privacy: 'standard',
    ...overrides,
  };
}
