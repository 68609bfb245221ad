import { PERSON_TITLE, ROLE_STEMS, escapeRegExp, lexiconRegExp } from './fact-lexicon.ts';
import { trimSeparators, wordCount, type FactLine } from './fact-line.ts';

const NAME_WORD = `\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?`;
const PARTICLE = '(?:van|von|de|der|den|da|di|del|della|dos|du|le|la|al|el|ten|ter|zu)';
// Two or three capitalised words ("Jana Nováková", "Anna van der Berg"); one after a title ("Dr. Weber").
const FULL_NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,2}`;
const ARABIC_NAME = '[\\p{Script=Arabic}]{2,}(?:\\s+[\\p{Script=Arabic}]{2,}){1,2}';
const SEPARATOR = '\\s*(?:[–—-]|,|:|\\()\\s*';
const ROLE_TEXT = '[^,;|()]{2,80}';

const NAME_THEN_ROLE = lexiconRegExp(
  `(?<![\\p{L}])(?<name>(?:${PERSON_TITLE}\\s+)?(?:${FULL_NAME})|${PERSON_TITLE}\\s+${NAME_WORD}|(?:${PERSON_TITLE}\\s+)?${ARABIC_NAME})${SEPARATOR}(?<role>${ROLE_TEXT})`,
  'gu',
);
const ROLE_THEN_NAME = lexiconRegExp(`(?<![\\p{L}])(?<role>[\\p{L}][\\p{L} .-]{1,40}?)\\s*:\\s*(?<name>(?:${PERSON_TITLE}\\s+)?(?:${FULL_NAME}|${NAME_WORD}|${ARABIC_NAME}))(?![\\p{L}])`, 'gu');
const BUSINESS = /(?<![\p{L}])(?:clinic|studio|shop|store|company|salon|restaurant|bar|café|cafe|firm|agency|practice|praxis|klinik|firma|gmbh|ltd|s\.r\.o|sp\. z o\.o|clinique|cabinet|clinica|clínica|studio|negozio|tienda|empresa|bedrijf|praktijk|ordinace|klinika|gabinet|клиника|студия|компания|عيادة|شركة)(?![\p{L}])/iu;
const TITLE = lexiconRegExp(`^${PERSON_TITLE}(?:\\s|$)`, 'u');
const ROLE = lexiconRegExp(`(?<![\\p{L}])(?:${ROLE_STEMS.map(escapeRegExp).join('|')})`, 'iu');

/**
 * Team members: "MUDr. Jana Nováková – zubní lékařka", "Chef: Marco Rossi", "Anna Weber, Inhaberin".
 * A name counts when it carries a title or its role is a known role word, or under a team heading.
 */
export function findPeople(line: FactLine): void {
  const team = line.heading?.role === 'team';
  for (const match of line.freeMatches(ROLE_THEN_NAME)) {
    const role = trimSeparators(match.groups?.role ?? '');
    const name = (match.groups?.name ?? '').trim();
    if (wordCount(role) > 4 || !ROLE.test(role)) continue;
    const roleStart = match.index + match[0].indexOf(match.groups?.role ?? '');
    line.add({ kind: 'person', label: name, value: role }, roleStart, match.index + match[0].length);
  }
  for (const match of line.freeMatches(NAME_THEN_ROLE)) {
    const name = (match.groups?.name ?? '').trim();
    const role = trimSeparators((match.groups?.role ?? '').replace(/\)\s*$/u, ''));
    // A role has no digits: "Dr. Weber, Karl-Liebknecht-Str. 5" is a name and an address.
    if (role === '' || wordCount(role) > 6 || /\p{N}/u.test(role)) continue;
    // "Riverside Physio, a physiotherapy clinic": a business described, not a person with a role.
    if (/^(?:a|an|the|un|une|uno|una|ein|eine|einen|een|de|het|la|le|el|il)\s/iu.test(role) || BUSINESS.test(role)) continue;
    // An Arabic name has no capital letters to tell it from prose: only a title or a role word makes it a name.
    const arabic = /^\p{Script=Arabic}/u.test(name.replace(TITLE, ''));
    const titled = TITLE.test(name);
    if (!(ROLE.test(role) || (titled && !arabic) || (team && !arabic) || (arabic && titled && ROLE.test(role)))) continue;
    line.add({ kind: 'person', label: name, value: role }, match.index, match.index + match[0].length);
  }
}
