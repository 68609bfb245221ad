import { upperFirstWord, type Lexicon } from './lexicon.ts';

export const de: Lexicon = {
  locale: 'de',
  wants: [
    'wir brauchen', 'brauchen wir', 'suchen wir', 'ich brauche', 'brauche ich', 'wir benötigen', 'benötigen wir', 'ich benötige', 'wir möchten', 'möchten wir',
    'ich möchte', 'möchte ich', 'hätten wir gern', 'hätten wir gerne', 'wünschen wir', 'benötigen wir auch', 'brauchen wir noch', 'wir wollen', 'wollen wir', 'ich will', 'wir wünschen uns', 'wünschen wir uns', 'wir hätten gern', 'wir hätten gerne',
    'ich hätte gern', 'ich hätte gerne', 'wir suchen', 'gewünscht sind', 'gewünscht ist', 'benötigt werden', 'benötigt wird', 'es braucht',
    'die website braucht', 'die seite braucht', 'wichtig sind', 'wichtig ist',
  ],
  conditionals: ['es wäre schön, wenn', 'es wäre toll, wenn', 'es wäre gut, wenn', 'es wäre super, wenn', 'schön wäre, wenn', 'toll wäre, wenn', 'ideal wäre, wenn', 'wünschenswert wäre, wenn', 'es wäre schön wenn', 'es wäre toll wenn', 'idealerweise'],
  contrasts: ['aber', 'sondern', 'jedoch'],
  modals: ['sollen', 'soll', 'sollten', 'sollte', 'müssen', 'muss', 'können', 'kann', 'könnten', 'dürfen', 'möchten', 'wollen', 'werden'],
  ableTo: ['können', 'zu können'],
  actors: [
    'kunde*', 'kundin*', 'patient*', 'gäste', 'gast', 'besucher*', 'mitglied*', 'nutzer*', 'benutzer*', 'schüler*', 'student*', 'eltern',
    'mitarbeiter*', 'mitarbeitende', 'angestellte*', 'büroleiter*', 'admin*', 'administrator*', 'fahrer*', 'kurier*', 'paare', 'käufer*', 'unterstützer*', 'förderer*', 'kursteilnehmer*', 'künstler*', 'aussteller*', 'musiker*', 'autoren',
    'spender*', 'ehrenamtliche*', 'mieter*', 'vermieter*', 'lehrer*', 'bewerber*', 'abonnent*', 'leser*', 'spieler*', 'sportler*',
    'teilnehmer*', 'interessent*', 'interessierte', 'familien', 'kinder', 'trainer*', 'partner*', 'lieferant*', 'verkäufer*', 'händler*',
    'mandant*', 'klient*', 'eigentümer*', 'reisende', 'touristen', 'bewohner*', 'bürger*', 'man', 'techniker*',
    'ärzte', 'arzt', 'ärztin*', 'therapeut*', 'makler*', 'investor*', 'autor*', 'veranstalter*', 'redakteur*', 'fans', 'hundehalter*',
  ],
  siteNouns: ['website', 'webseite', 'internetseite', 'homepage', 'seite', 'web-app', 'webapp', 'app', 'plattform', 'portal', 'onlineshop', 'online-shop', 'system', 'internetauftritt', 'auftritt'],
  withWords: ['mit', 'inklusive', 'einschließlich', 'samt'],
  relatives: ['auf der', 'auf dem', 'über die', 'über das', 'wo', 'in der', 'bei der', 'mit der', 'mit dem'],
  conjunctions: ['und', 'oder', 'sowie', 'und auch', 'bzw.'],
  subordinators: ['mit', 'für', 'in', 'im', 'auf', 'von', 'vom', 'ohne', 'inkl.', 'inklusive', 'über', 'zum', 'zur', 'damit', 'sodass', 'so dass', 'weil', 'wenn', 'falls', 'die', 'der', 'das', 'dass', 'welche', 'welcher', 'wo', 'aber', 'sondern', 'denn', 'ob', 'als', 'z. b.', 'z.b.', 'etwa', 'also', 'wobei'],
  determiners: ['ein', 'eine', 'einen', 'einem', 'einer', 'der', 'die', 'das', 'den', 'dem', 'unser', 'unsere', 'unseren', 'unserem', 'ihre', 'ihr', 'ihren', 'zwei', 'drei', 'mehrere', 'online'],
  fillers: ['also', 'ok', 'und', 'doch', 'auch', 'außerdem', 'zusätzlich', 'noch', 'unbedingt', 'gerne', 'gern', 'dann', 'einfach', 'natürlich', 'idealerweise', 'ebenfalls'],
  negation: /(?:^|[\s,;(])(?:kein|keine|keinen|keinem|keiner)\s+\p{L}|(?:^|\s)(?:brauchen|benötigen|wollen|möchten)\s+(?:wir|ich)\s+(?:\p{L}+\s+)?nicht|(?:^|\s)nicht\s+(?:nötig|notwendig|erforderlich|gewünscht|benötigt)|(?:^|\s)(?:verzichten|außen vor)(?![\p{L}])/iu,
  selfDescription: /(?:^|\s)(?:seit\s+(?:19|20)\d\d|seit\s+(?:über|mehr\s+als)\s+\d+|(?:wir|ich)\s+(?:haben|hatten)\s+(?:bereits|schon|über|mehr\s+als)|(?:unsere|die)\s+(?:aktuelle|bisherige|alte|jetzige)\s+(?:website|webseite|seite|homepage)|aktuell|derzeit|momentan|zurzeit|bisher|gegründet|familienbetrieb|wir\s+sind\s+(?:ein|eine|das|der|die)\s|ich\s+bin\s+(?:ein|eine)\s)(?![\p{L}])/iu,
  stativeVerbs: ['lieben', 'mögen', 'sind', 'waren', 'kommen', 'kennen', 'schätzen', 'oft', 'meist', 'meistens'],
  languageNames: ['deutsch', 'englisch', 'französisch', 'italienisch', 'spanisch', 'niederländisch', 'tschechisch', 'polnisch', 'russisch', 'arabisch', 'türkisch', 'portugiesisch', 'ukrainisch', 'chinesisch', 'deutscher', 'englischer', 'deutschen', 'englischen'],
  // German nouns keep their capital; the modal goes second and the infinitive stays last.
  withCase: true,
  actorCan: (actor, action) => `${upperFirstWord(actor)} können ${action}`,
  siteOffers: (item) => `Die Website bietet ${item}`,
  // After "mit" the noun is dative; the sentence keeps the preposition.
  withTemplate: (item) => `Die Website ist mit ${item} ausgestattet`,
  siteLets: (action) => `Über die Website können wir ${action}`,
  // The infinitive closes the clause, at most followed by a short phrase ("vooraf betalen met iDEAL").
  // An infinitive is lower case (German nouns are capitalised) and closes the clause, at most followed by a short phrase.
  looksLikeAction: (phrase) => /(?<![\p{L}])\p{Ll}\p{L}*(?:en|ern|eln)(?:\s+(?:mit|über|per|online|vorab|vor Ort)(?:\s+\S+){0,3})?$/u.test(phrase.trim()),
};
