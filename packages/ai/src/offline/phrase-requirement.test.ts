import { describe, expect, it } from 'vitest';
import { phraseRequirement } from './phrase-requirement.ts';

describe('phraseRequirement', () => {
  it.each([
    ['I want a booking form for tables.', 'The site shall include a booking form for tables.'],
    ['We need an online shop for our cakes', 'The site shall provide an online shop for the cakes.'],
    ["We'd like customers to find us on Google.", 'The site shall allow customers to find the business on Google.'],
    ['We want to be able to update the menu ourselves.', 'The site shall allow the business to update the menu itself.'],
    ['We want to show our menu.', 'The site shall show the menu.'],
    ['Guests should be able to book a table online.', 'The site shall allow guests to book a table online.'],
    ['Customers must not see other customers’ orders.', 'The site shall not allow customers to see other customers\' orders.'],
    ['The site should be mobile-friendly.', 'The site shall be mobile-friendly.'],
    ['The homepage must load in under 2 seconds.', 'The homepage shall load in under 2 seconds.'],
    ['It must work without cookies.', 'The site shall work without cookies.'],
    ['There should be an FAQ.', 'The site shall include an FAQ.'],
    ['There should be no ads.', 'The site shall not include ads.'],
    ['It would be nice to have a newsletter signup.', 'The site shall provide a newsletter signup.'],
    ['It would be great if customers could leave reviews.', 'The site shall allow customers to leave reviews.'],
    ['Maybe a blog.', 'The site shall include a blog.'],
    ['Add a gallery.', 'The site shall include a gallery.'],
    ['Please show our opening hours and address.', 'The site shall show the opening hours and address.'],
    ['Can you make it mobile friendly?', 'The site shall be mobile friendly.'],
    ['Send a confirmation email after each booking.', 'The system shall send a confirmation email after each booking.'],
    ['Payments must go through Stripe.', 'Payments shall go through Stripe.'],
    ['We need a website with our menu and prices.', 'The site shall include the menu and prices.'],
    ['I want a website where customers can book appointments.', 'The site shall allow customers to book appointments.'],
    ['A website that shows our projects', 'The site shall show the projects.'],
    ['Must be GDPR compliant', 'The site shall be GDPR compliant.'],
    ['Instagram feed would be cool.', 'The site shall include an Instagram feed.'],
    ['Customer accounts optional.', 'The site shall provide customer accounts.'],
    ['A blog is a must!', 'The site shall include a blog.'],
    ['The admin should get an email for each order.', 'The system shall send the admin an email for each order.'],
    ['Our staff must be notified of every booking.', 'The system shall notify the staff of every booking.'],
    ["I'd also like a page with my packages and prices.", 'The site shall include a page with the packages and prices.'],
  ])('%j → %j', (statement, expected) => {
    expect(phraseRequirement(statement, { fragment: true })).toBe(expected);
  });

  it('phrases a bare noun phrase only when it is a fragment', () => {
    expect(phraseRequirement('contact form with phone number', { fragment: true })).toBe('The site shall include a contact form with phone number.');
    expect(phraseRequirement('Instagram feed', { fragment: true })).toBe('The site shall include an Instagram feed.');
    expect(phraseRequirement('Online booking', { fragment: true })).toBe('The site shall provide online booking.');
  });

  it('returns null for the overall goal, which belongs to the summary', () => {
    expect(phraseRequirement('We need a website for our bakery.')).toBeNull();
    expect(phraseRequirement('I want a new modern website')).toBeNull();
    expect(phraseRequirement('We want a website for a company that sells shoes.')).toBeNull();
  });

  it('keeps the customer’s words when no pattern fits, never inventing', () => {
    expect(phraseRequirement('Our guests love the terrace in summer')).toBe('Our guests love the terrace in summer.');
    expect(phraseRequirement('  ')).toBe('');
  });

  it('leaves quoted names alone when speaking of the business', () => {
    expect(phraseRequirement('We need a page called "Our Story" about our family.')).toBe('The site shall include a page called "Our Story" about the family.');
  });
});
