import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language.ts';

describe('guessLanguage', () => {
  it.each([
    ['We need a website for our bakery with a menu.', 'en'],
    ['Wir brauchen eine Website für unsere Bäckerei mit einer Speisekarte.', 'de'],
    ['Nous voulons un site pour notre boulangerie avec le menu.', 'fr'],
    ['Queremos una web para nuestra panadería con el menú.', 'es'],
    ['نريد موقعًا لمطعمنا.', 'ar'],
    ['Нам нужен сайт для нашей пекарни.', 'ru'],
    ['Online booking', 'en'],
    ['我们需要一个网站', 'unknown'],
    ['12345', 'unknown'],
  ])('%j → %s', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });
});
