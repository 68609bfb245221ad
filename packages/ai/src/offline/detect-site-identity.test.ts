import { describe, expect, it } from 'vitest';
import { detectBusinessName, detectSiteIdentity } from './detect-site-identity.ts';

describe('detectBusinessName', () => {
  it.each([
    ["I want a website for my bakery 'Sunrise'.", 'Sunrise'],
    ['We are a small café called “Blue Door” in Leeds.', 'Blue Door'],
    ['We are Acme Ltd and we make anvils.', 'Acme Ltd'],
    ['Our company Müller & Söhne GmbH needs a site.', 'Müller & Söhne GmbH'],
    ['My shop is called Green Leaf Plants, and we sell plants.', 'Green Leaf Plants'],
    ['I run Pixel Studio in Berlin.', 'Pixel Studio'],
  ])('%j → %j', (brief, name) => {
    expect(detectBusinessName(brief)).toBe(name);
  });

  it.each(["We are a family bakery and our bakery's bread is famous.", 'We are Italian restaurant owners.', 'Nothing here.'])('finds no name in %j', (brief) => {
    expect(detectBusinessName(brief)).toBeNull();
  });
});

describe('detectSiteIdentity', () => {
  it('prefers the business name, then the customer, then what the site is for, then the kind', () => {
    expect(detectSiteIdentity({ brief: "A site for my bakery 'Sunrise'", customerName: 'Jane Doe', context: [] }).title).toBe('Sunrise');
    expect(detectSiteIdentity({ brief: 'A site for my bakery', customerName: 'Jane Doe', context: [] }).title).toBe('Jane Doe');
    expect(detectSiteIdentity({ brief: 'We need a website for our climbing club in Graz.', context: [] }).title).toBe('Climbing club');
    expect(detectSiteIdentity({ brief: 'The restaurant needs online booking.', context: [] }).title).toBe('Restaurant');
    expect(detectSiteIdentity({ brief: 'Online shop for handmade candles. Stripe checkout.', context: [] }).title).toBe('Handmade candles');
    const described = "I'm a wedding photographer based in Lisbon. Couples can send an enquiry about the venue.";
    expect(detectSiteIdentity({ brief: described, context: ["I'm a wedding photographer based in Lisbon."] }).title).toBe('Wedding photographer');
    expect(detectSiteIdentity({ brief: 'Online booking and payments wanted', context: [] }).title).toBe('Online booking and payments wanted');
  });

  it('takes the tagline from the brief’s own description of the business', () => {
    const identity = detectSiteIdentity({ brief: 'x', context: ['Prices matter.', 'We are a family-run bakery in Berlin.'] });
    expect(identity.tagline).toBe('We are a family-run bakery in Berlin.');
  });
});
