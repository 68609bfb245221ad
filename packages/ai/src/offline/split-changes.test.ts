import { describe, expect, it } from 'vitest';
import { splitChanges } from './split-changes.ts';

const ops = (text: string, locale: string) => splitChanges(text, locale).map((c) => (c.op === 'add' ? ['add', c.text] : c.op === 'remove' ? ['remove', c.target] : [c.op, c.target, c.value]));

describe('splitChanges', () => {
  it('splits one sentence holding two changes, and reads each (en)', () => {
    expect(ops('Add a page for integrations with Slack, HubSpot and Zapier and rename the middle plan to Growth.', 'en')).toEqual([
      ['add', 'Add a page for integrations with Slack, HubSpot and Zapier'],
      ['rename', 'the middle plan', 'Growth'],
    ]);
    expect(ops('Please drop the blog. Remove the newsletter too.', 'en')).toEqual([['remove', 'the blog'], ['remove', 'the newsletter']]);
    expect(ops('Change the opening hours to Mon–Fri 8:00–18:00.', 'en')).toEqual([['edit', 'the opening hours', 'Mon–Fri 8:00–18:00']]);
    expect(ops('We would prefer the site without the photo gallery.', 'en')).toEqual([['remove', 'the photo gallery']]);
    expect(ops('Replace the newsletter signup with a blog.', 'en')).toEqual([['replace', 'the newsletter signup', 'a blog']]);
  });

  it('does not split or act on verbs inside a need', () => {
    expect(ops('Add a page where clients can change their booking to another day.', 'en')).toEqual([['add', 'Add a page where clients can change their booking to another day']]);
    expect(ops('Guests must be able to book a table online.', 'en')).toEqual([['add', 'Guests must be able to book a table online']]);
  });

  it.each([
    ['de', 'Ersetzen Sie die Galerie durch ein Video. Bitte den Newsletter entfernen.', [['replace', 'die Galerie', 'ein Video'], ['remove', 'den Newsletter']]],
    ['de', 'Benennen Sie das Paket Standard in Wachstum um und ändern Sie die Öffnungszeiten auf Mo–Fr 9–17 Uhr.', [['rename', 'das Paket Standard', 'Wachstum'], ['edit', 'die Öffnungszeiten', 'Mo–Fr 9–17 Uhr']]],
    ['fr', 'Ajoutez une FAQ sur les frais de déplacement et renommez la formule du milieu en Croissance.', [['add', 'Ajoutez une FAQ sur les frais de déplacement'], ['rename', 'la formule du milieu', 'Croissance']]],
    ['it', 'Aggiungete una pagina con le offerte di lavoro e togliete il blog.', [['add', 'Aggiungete una pagina con le offerte di lavoro'], ['remove', 'il blog']]],
    ['es', 'Añada una sección de preguntas frecuentes y elimine el boletín.', [['add', 'Añada una sección de preguntas frecuentes'], ['remove', 'el boletín']]],
    ['nl', 'Voeg een pagina met vacatures toe en verwijder de nieuwsbrief.', [['add', 'Voeg een pagina met vacatures toe'], ['remove', 'de nieuwsbrief']]],
    ['cs', 'Přidejte stránku s ceníkem a přejmenujte prostřední tarif na Růst.', [['add', 'Přidejte stránku s ceníkem'], ['rename', 'prostřední tarif', 'Růst']]],
    ['pl', 'Dodajcie stronę z cennikiem i usuńcie bloga.', [['add', 'Dodajcie stronę z cennikiem'], ['remove', 'bloga']]],
    ['ru', 'Добавьте страницу с вакансиями и переименуйте средний тариф в «Рост».', [['add', 'Добавьте страницу с вакансиями'], ['rename', 'средний тариф', 'Рост']]],
    ['ar', 'أضف صفحة للأسئلة الشائعة وأعد تسمية الباقة الوسطى إلى النمو.', [['add', 'أضف صفحة للأسئلة الشائعة'], ['rename', 'الباقة الوسطى', 'النمو']]],
  ])('reads changes written in %s', (locale, text, expected) => {
    expect(ops(text, locale)).toEqual(expected);
  });

  it('reads a change written in English for a request in another locale', () => {
    expect(ops('Remove the newsletter and rename the middle plan to Growth.', 'de')).toEqual([['remove', 'the newsletter'], ['rename', 'the middle plan', 'Growth']]);
  });
});
