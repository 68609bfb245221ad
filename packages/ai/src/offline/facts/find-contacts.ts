import { ADDRESS_LABEL, DIGIT, PHONE_LABEL, START, lexiconRegExp } from './fact-lexicon.ts';
import { trimSeparators, type FactLine } from './fact-line.ts';

const D = DIGIT;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const LINK = /(?<![\p{L}\p{N}@/])(?:https?:\/\/|www\.)[^\s<>"'»”]+/giu;

// "+420 603 123 456", "0049 341 1234567", "+44 (0)1225 123456".
const INTERNATIONAL_PHONE = lexiconRegExp(`(?<![\\p{L}\\p{N}+])(?:\\+|00)[1-9]${D}{0,2}(?:[\\s./-]?\\(?${D}{1,4}\\)?){2,6}(?!${D})`, 'gu');
// After a label: "Tel.: 0341 123 456", "тел. 8 (812) 123-45-67", "هاتف: 04 123 4567".
const LABELLED_PHONE = lexiconRegExp(`(?<label>${PHONE_LABEL})\\s*[:.]?\\s*(?<number>\\+?\\(?${D}[${D.slice(1, -1)}\\s./()-]{5,}${D})`, 'gu');
// National forms without a label: "0341 123456", "603 123 456", "020-1234567".
const NATIONAL_PHONE = lexiconRegExp(`(?<![\\p{L}\\p{N}.,/:-])(?:0${D}{1,4}[\\s/-]${D}{3,4}(?:[\\s-]?${D}{2,4}){0,2}|${D}{3}\\s${D}{3}\\s${D}{3})(?![\\p{N}]|[.,:/-]\\p{N}|\\s?(?:%|€|£|\\$|₽|Kč|zł|EUR|CZK|PLN))`, 'gu');

const CITY = `\\p{Lu}[\\p{L}'’-]+(?:[ -](?:(?:am|an|im|de|del|la|le|sur|upon|on|nad|pod|u|al)[ -])?\\p{Lu}[\\p{L}'’-]+)?`;
const POSTCODE_CITY = [
  `(?:${CITY}\\s)?[A-Z]{1,2}${D}[A-Z${D.slice(1, -1)}]?\\s${D}[A-Z]{2}(?![\\p{L}])`, // UK: Bath BA1 1AA
  `${D}{4}\\s?[A-Z]{2}\\s+${CITY}`, // NL: 3511 AB Utrecht
  `${D}{3}\\s${D}{2}\\s+${CITY}(?:\\s${D}{1,2})?`, // CZ: 602 00 Brno 2
  `${D}{2}-${D}{3}\\s+${CITY}`, // PL: 31-042 Kraków
  `(?:[A-Z]{1,2}-)?${D}{5}\\s+${CITY}`, // DE FR IT ES: 04109 Leipzig
  `${D}{6},?\\s+(?:г\\.\\s*)?${CITY}`, // RU: 190000, г. Санкт-Петербург
];
const HOUSE = `${D}+[a-zA-Z]?(?:\\s?[/-]\\s?${D}+[a-zA-Z]?)?`;
const NAME_WORDS = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|del|della|di|la|le|du|des|van|von|der|den|al|el)\\s+)?[\\p{L}'’.-]+){0,3}`;
const STREET = [
  // en: 12 High Street, 4 Queen's Road
  `${HOUSE}\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Way|Square|Sq\\.?|Place|Pl\\.?|Drive|Close|Court|Ct\\.?|Terrace|Crescent|Row|Hill|Gardens|Boulevard|Blvd\\.?|Parade|Walk|Mews|Broadway)(?![\\p{L}])`,
  // de nl cs with a suffix: Hauptstraße 12, Keizersgracht 123, Karl-Marx-Str. 5
  `\\p{Lu}[\\p{L}-]*(?i:straße|strasse|str\\.|weg|platz|gasse|allee|ring|damm|ufer|chaussee|markt|straat|laan|plein|gracht|kade|singel|dijk|steeg|hof)\\s+${HOUSE}`,
  // fr: 8 rue de la Paix, 12 bis avenue Foch
  `${HOUSE}(?:\\s?(?:bis|ter))?,?\\s+(?i:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|quai|impasse|route|cours)\\s+[\\p{L}'’ -]+?(?=,|\\s${D}|$|\\s\\()`,
  // it es pt pl ru cs ar: a street word, a name, a number
  `(?i:via|viale|piazza|piazzale|corso|vicolo|largo|strada|calle|c/|avenida|avda\\.|plaza|pza\\.|paseo|camino|carrer|ronda|travesía|rúa|rua|ul\\.|ulica|al\\.|aleja|pl\\.|plac|os\\.|osiedle|ул\\.|улица|пр\\.|просп\\.|проспект|пер\\.|переулок|наб\\.|бульвар|ш\\.|шоссе|ulice|nám\\.|náměstí|třída|tř\\.|nábřeží|nábř\\.)\\s+${NAME_WORDS},?\\s+(?:(?:n[º°o]\\.?|д\\.|č\\.)\\s?)?${HOUSE}`,
  // cs: Masarykova 1234/5 (a street name and a conscription/orientation number)
  `\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}?[\\p{L}]+)?\\s${D}{1,5}/${D}{1,4}[a-z]?(?=,\\s(?:${D}{3}\\s${D}{2}|\\p{Lu}))`,
  // ar: شارع الشيخ زايد
  `(?:شارع|طريق|برج|مبنى)\\s+[\\p{Script=Arabic}]+(?:\\s+[\\p{Script=Arabic}]+){0,3}`,
];
const ADDRESS_PART = lexiconRegExp(`${START}(?:${[...STREET, ...POSTCODE_CITY].join('|')})`, 'gu');
const ADDRESS_STOP = lexiconRegExp(`[,،\\s]+(?:${PHONE_LABEL}|e-?mail|E-Mail|web|www\\.)(?![\\p{L}])|(?<=\\p{L}{4}|\\p{N})\\.\\s+(?=\\p{Lu}|\\p{Script=Arabic})|\\.$`, 'u');
const LABELLED_ADDRESS = lexiconRegExp(`(?<![\\p{L}])(?<label>${ADDRESS_LABEL})\\s*:\\s*(?<address>[^;|]+)`, 'gu');

function digits(text: string): number {
  return (text.match(/\p{Nd}/gu) ?? []).length;
}

/** E-mail addresses and web links. */
export function findEmailsAndLinks(line: FactLine): void {
  for (const match of line.freeMatches(EMAIL)) line.add({ kind: 'email', label: match[0] }, match.index, match.index + match[0].length);
  for (const match of line.freeMatches(LINK)) {
    const link = match[0].replace(/[.,;:!?)\]]+$/u, '');
    line.add({ kind: 'link', label: link }, match.index, match.index + link.length);
  }
}

/** Phone numbers with a label or a country code; run before prices so "+420 603…" is not read as amounts. */
export function findLabelledPhones(line: FactLine): void {
  for (const match of line.freeMatches(LABELLED_PHONE)) {
    const number = trimSeparators(match.groups?.number ?? '');
    if (digits(number) < 6 || digits(number) > 15) continue;
    line.add({ kind: 'phone', label: number }, match.index, match.index + match[0].length);
  }
  for (const match of line.freeMatches(INTERNATIONAL_PHONE)) {
    const number = match[0].trim();
    if (digits(number) < 8 || digits(number) > 15) continue;
    line.add({ kind: 'phone', label: number }, match.index, match.index + match[0].length);
  }
}

/** Phone numbers in national form without a label; run last, when prices and dates have claimed theirs. */
export function findNationalPhones(line: FactLine): void {
  for (const match of line.freeMatches(NATIONAL_PHONE)) {
    const number = match[0].trim();
    if (digits(number) < 9 || digits(number) > 13) continue;
    line.add({ kind: 'phone', label: number }, match.index, match.index + match[0].length);
  }
}

/**
 * Postal addresses: after a label ("Adresse: …"), or a street with its number and a postcode with
 * its town in each country's form, joined when they stand next to each other.
 */
export function findAddresses(line: FactLine): void {
  const text = line.text;
  LABELLED_ADDRESS.lastIndex = 0;
  for (const match of text.matchAll(LABELLED_ADDRESS)) {
    const raw = match.groups?.address ?? '';
    // The address ends where the next contact detail or sentence begins ("…, 04109 Leipzig, Tel. 0341 …").
    const stop = ADDRESS_STOP.exec(raw);
    const address = trimSeparators(stop ? raw.slice(0, stop.index) : raw).replace(/(?<=\p{L}{4}|\p{N}|\p{Script=Arabic})\.$/u, '');
    if (address === '' || !/[\p{N}\p{L}]/u.test(address)) continue;
    const start = match.index + match[0].indexOf(raw);
    if (!line.isFree(start, start + address.length)) continue;
    line.add({ kind: 'address', label: address }, match.index, start + address.length);
  }
  const parts = [...line.freeMatches(ADDRESS_PART)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const groups: { start: number; end: number }[] = [];
  for (const part of parts) {
    const last = groups.at(-1);
    if (last && /^[\s,،–—-]*$/u.test(text.slice(last.end, part.start))) last.end = part.end;
    else groups.push({ ...part });
  }
  for (const group of groups) {
    let end = group.end;
    // A town after the street when no postcode is given: "Karlova 12, Brno".
    const town = lexiconRegExp(`^,\\s(${CITY})(?=$|[,.;)]|\\s[-–—(])`, 'u').exec(text.slice(end));
    if (town && !lexiconRegExp(POSTCODE_CITY.join('|'), 'u').test(text.slice(group.start, end))) end += town[0].length;
    const address = trimSeparators(text.slice(group.start, end));
    if (address !== '') line.add({ kind: 'address', label: address }, group.start, end);
  }
}
