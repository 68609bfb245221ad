import { TemplateBuilder, type SiteOptions } from './template-builder.ts';
import type { TemplateSpec } from './template-spec.ts';

/**
 * A six-page site using every built-in section type: a fixture for tests and benchmarks, and a
 * worked example of the builder. `overrides` changes the site settings (theme, locale…).
 */
export function buildSampleSite(overrides: Partial<SiteOptions> = {}): TemplateSpec {
  return new TemplateBuilder({ title: 'Harbor & Pine Bakery', tagline: 'Slow-fermented bread, baked before sunrise', locale: 'en', theme: 'light', ...overrides })
    .page({ slug: 'index', title: 'Harbor & Pine Bakery', navLabel: 'Home', description: 'Neighbourhood bakery with daily bread, pastries and catering.', covers: ['R1'] })
    .section({
      id: 'welcome',
      type: 'hero',
      covers: ['R1', 'R2'],
      props: {
        heading: 'Bread worth getting up early for',
        text: 'Naturally leavened loaves, laminated pastries and seasonal cakes, baked every morning in our harbour-side kitchen.',
        primaryAction: { label: 'Order for pickup', href: 'contact.html#order' },
        secondaryAction: { label: 'See the menu', href: 'menu.html' },
      },
    })
    .section({
      id: 'why-us',
      type: 'features',
      covers: ['R3'],
      props: {
        heading: 'Why neighbours choose us',
        intro: 'Small batches, local flour and no shortcuts.',
        items: [
          { title: 'Local grain', text: 'Stone-milled flour from two farms within 60 km.' },
          { title: '36-hour dough', text: 'Long fermentation for flavour and easier digestion.' },
          { title: 'Zero waste', text: "Yesterday's loaves become croutons, crumbs and bread pudding." },
        ],
      },
    })
    .section({
      id: 'numbers',
      type: 'stats',
      covers: ['R4'],
      props: {
        heading: 'A few numbers',
        items: [
          { value: '1,200', label: 'loaves a week' },
          { value: '14', label: 'years on the harbour' },
          { value: '4.9★', label: 'average review' },
        ],
      },
    })
    .section({
      id: 'reviews',
      type: 'testimonials',
      covers: ['R5'],
      props: {
        heading: 'What customers say',
        items: [
          { quote: 'The sourdough is the best in town, and the staff remember my order.', author: 'Maya R.', role: 'Regular since 2015' },
          { quote: 'They catered our office breakfast for 40 people without a hitch.', author: 'Tom K.', role: 'Office manager' },
        ],
      },
    })
    .section({ id: 'visit', type: 'cta', covers: ['R2'], props: { heading: 'Pre-order for the weekend', text: 'Reserve loaves by Thursday evening and skip the Saturday queue.', action: { label: 'Reserve now', href: 'contact.html' } } })
    .page({ slug: 'menu', title: 'Menu', description: 'Daily bread, pastries and prices.', covers: ['R6'] })
    .section({
      id: 'prices',
      type: 'table',
      covers: ['R6'],
      props: {
        heading: 'Daily menu',
        intro: 'Prices include VAT.',
        columns: ['Item', 'Size', 'Price'],
        rows: [
          ['Country sourdough', '900 g', '€6.50'],
          ['Seeded rye', '750 g', '€6.00'],
          ['Butter croissant', '1 piece', '€2.40'],
          ['Cardamom bun', '1 piece', '€3.10'],
        ],
      },
    })
    .section({
      id: 'bakes',
      type: 'gallery',
      covers: ['R7'],
      props: { heading: 'From the oven', items: [{ caption: 'Country sourdough' }, { caption: 'Morning croissants' }, { caption: 'Cardamom buns' }, { caption: 'Seasonal fruit tart' }, { caption: 'Seeded rye' }, { caption: 'Celebration cake' }] },
    })
    .page({ slug: 'catering', title: 'Catering', description: 'Breakfast and lunch platters for offices and events.', covers: ['R8'] })
    .section({
      id: 'packages',
      type: 'pricing',
      covers: ['R8'],
      props: {
        heading: 'Catering packages',
        intro: 'Delivered within the city, minimum order 10 people.',
        plans: [
          { name: 'Breakfast', price: '€9', period: 'per person', features: ['Pastry selection', 'Fresh fruit', 'Coffee and tea'], action: { label: 'Ask for a quote', href: 'contact.html' } },
          { name: 'Lunch', price: '€16', period: 'per person', featured: true, description: 'Our most popular choice.', features: ['Sandwich platters', 'Seasonal salad', 'Dessert bites', 'Still and sparkling water'], action: { label: 'Ask for a quote', href: 'contact.html' } },
          { name: 'Event', price: 'From €450', features: ['Custom menu', 'Staffed service', 'Celebration cake'], action: { label: 'Ask for a quote', href: 'contact.html' } },
        ],
      },
    })
    .section({
      id: 'how-it-works',
      type: 'steps',
      covers: ['R9'],
      props: {
        heading: 'How ordering works',
        steps: [
          { title: 'Tell us about the event', text: 'Date, number of guests and any dietary needs.' },
          { title: 'Get a menu and quote', text: 'We reply within one working day.' },
          { title: 'Enjoy', text: 'We deliver, set up and collect the platters afterwards.' },
        ],
      },
    })
    .page({ slug: 'about', title: 'About us', navLabel: 'About', description: 'Our story.', covers: ['R10'] })
    .section({
      id: 'story',
      type: 'text',
      covers: ['R10'],
      props: {
        heading: 'Our story',
        paragraphs: [
          'Harbor & Pine started in 2011 as a single wood-fired oven behind a fishmonger.',
          'Today a team of nine bakes through the night so the shelves are full when the doors open at seven.',
        ],
      },
    })
    .page({ slug: 'faq', title: 'Questions', navLabel: 'FAQ', description: 'Answers to common questions.', covers: ['R11'] })
    .section({
      id: 'questions',
      type: 'faq',
      covers: ['R11'],
      props: {
        heading: 'Frequently asked questions',
        items: [
          { question: 'Do you bake gluten-free bread?', answer: 'We bake a buckwheat loaf on Fridays in a separate batch, but our kitchen is not gluten-free.' },
          { question: 'Can I freeze your bread?', answer: 'Yes: slice it first, freeze it in a bag and toast slices straight from the freezer.' },
        ],
      },
    })
    .page({ slug: 'contact', title: 'Contact and orders', navLabel: 'Contact', description: 'Order for pickup or ask us anything.', covers: ['R12'] })
    .section({
      id: 'order',
      type: 'contact-form',
      covers: ['R12', 'R2'],
      props: {
        heading: 'Order for pickup',
        text: 'Send your order by 6 pm and collect it from 7 am the next morning at 12 Quay Street.',
        fields: [
          { name: 'name', label: 'Your name', type: 'text', required: true },
          { name: 'email', label: 'Email', type: 'email', required: true },
          { name: 'phone', label: 'Phone', type: 'tel', required: false },
          { name: 'pickup_date', label: 'Pickup date', type: 'date', required: true },
          { name: 'loaves', label: 'Number of loaves', type: 'number', required: false },
          { name: 'store', label: 'Pickup location', type: 'select', required: true, options: ['Quay Street', 'Market Hall'] },
          { name: 'message', label: 'Your order', type: 'textarea', required: true, placeholder: 'e.g. 2 country sourdough, 4 croissants' },
        ],
        submitLabel: 'Send order',
        successMessage: 'Thank you! Your order is in; we will confirm it by email.',
      },
    })
    .build();
}
