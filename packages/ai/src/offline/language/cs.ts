import { lowerFirstWord, upperFirstWord, type Lexicon } from './lexicon.ts';

export const cs: Lexicon = {
  locale: 'cs',
  wants: [
    'by měla být', 'by měl být', 'by mělo být', 'by měly být', 'musí být', 'potřebné je', 'potřebujeme tyto', 'chceme', 'chtěli bychom', 'chtěla bych', 'chtěl bych', 'potřebujeme', 'potřebuji', 'potřebuju', 'hledáme', 'chci', 'rádi bychom',
    'ráda bych', 'rád bych', 'přejeme si', 'požadujeme', 'bude potřeba', 'je potřeba', 'musí tam být', 'nesmí chybět', 'uvítali bychom',
  ],
  conditionals: ['bylo by fajn, kdyby', 'bylo by dobré, kdyby', 'bylo by super, kdyby', 'bylo by skvělé, kdyby', 'ideálně', 'pokud možno'],
  contrasts: ['ale', 'avšak'],
  modals: ['by si měli moct', 'by si měly moct', 'by měli moct', 'by si měli mít možnost', 'mohli', 'mohly', 'by měli mít možnost', 'by měly mít možnost', 'by měl mít možnost', 'musí mít možnost', 'mají mít možnost', 'by měli moci', 'by měli', 'by měly', 'by měl', 'musí', 'mohou', 'můžou', 'může', 'budou moci', 'budou', 'mají', 'má', 'chtějí'],
  ableTo: ['mít možnost', 'moci', 'moct', 'umět'],
  actors: [
    'zákazní*', 'zákazník*', 'klient*', 'klienti', 'pacient*', 'host*', 'hosté', 'návštěvní*', 'návštěvník*', 'člen*', 'členové', 'uživatel*',
    'student*', 'žác*', 'žák*', 'rodič*', 'zaměstnan*', 'pracovní*', 'správc*', 'správce', 'administrátor*', 'admin*', 'manažer*', 'řidič*',
    'kurýr*', 'páry', 'snoubenc*', 'kupující', 'nakupující', 'dárc*', 'dobrovolní*', 'nájemní*', 'pronajímatel*', 'učitel*', 'lektor*',
    'uchazeč*', 'odběratel*', 'čtenář*', 'hráč*', 'sportovc*', 'účastní*', 'rodiny', 'děti', 'trenér*', 'partner*', 'dodavatel*', 'prodejc*',
    'turist*', 'cestující', 'obyvatel*', 'lékař*', 'agent*', 'autor*', 'pořadatel*', 'fanoušc*', 'strávník*', 'majitel*',
  ],
  siteNouns: ['web', 'webu', 'webové stránky', 'stránky', 'stránka', 'stránku', 'webovka', 'web', 'aplikace', 'aplikaci', 'platforma', 'platformu', 'portál', 'e-shop', 'eshop'],
  withWords: ['s', 'se', 'včetně', 'obsahující', 'kde bude', 'kde budou'],
  relatives: ['kde', 'na kterém', 'na které', 'na kterých', 'přes který', 'přes které', 'pomocí kterého', 'díky kterému'],
  conjunctions: ['a', 'i', 'nebo', 'či', 'a také', 'a taky', 'a též'],
  subordinators: ['s', 'se', 'pro', 'na', 'v', 've', 'bez', 'přes', 'podle', 'aby', 'protože', 'kdy', 'když', 'pokud', 'jestli', 'který', 'která', 'které', 'kteří', 'kde', 'ale', 'jako', 'např.', 'například', 'tj.', 'tzn.', 'což'],
  determiners: [],
  fillers: ['si', 'se', 'takže', 'no', 'a', 'ale', 'také', 'taky', 'též', 'dále', 'navíc', 'ideálně', 'hlavně', 'určitě', 'snadno', 'rychle', 'ještě'],
  negation: /(?:^|[\s,;(])(?:nepotřebujeme|nechceme|nepožadujeme|nehledáme|není\s+(?:potřeba|nutn[ýáé])|žádn[ýáé]\s+\p{L}|bez\s+(?:e-shopu|eshopu|blogu|plateb))/iu,
  selfDescription: /(?:^|\s)(?:od\s+(?:roku\s+)?(?:19|20)\d\d|už\s+(?:přes|více\s+než)?\s*\d+\s+let|(?:jsme|jsem)\s+(?:už|již)\s|(?:náš|současný|stávající)\s+(?:současný\s+)?web|momentálně|aktuálně|v\s+současnosti|doposud|dosud|založen[aoý]?\s+v|rodinn[ýáé]\s+firm|jsme\s+(?:malá|malý|rodinná|rodinný)\s)(?![\p{L}])/iu,
  stativeVerbs: ['milují', 'mají rádi', 'jsou', 'byli', 'chodí', 'znají', 'oceňují', 'často'],
  languageNames: ['češtině', 'čeština', 'česky', 'angličtině', 'angličtina', 'anglicky', 'němčině', 'němčina', 'německy', 'polštině', 'ruštině', 'rusky', 'slovenštině', 'ukrajinštině', 'francouzštině', 'italštině', 'španělštině', 'české', 'anglické', 'německé', 'ruské', 'verze', 'verzi'],
  withCase: true,
  actorCan: (actor, action) => `${upperFirstWord(actor)} mohou ${lowerFirstWord(action)}`,
  // "Obsahuje" takes the accusative (after "chceme", "potřebujeme"); a thing named in the nominative ("je potřeba") is listed as such.
  siteOffers: (item, intro) => (/je potřeba|potřebné je|musí tam být|nesmí chybět|bude potřeba|by měl[aoy]? být|musí být/iu.test(intro) ? `Na webu: ${lowerFirstWord(item)}` : `Web obsahuje ${lowerFirstWord(item)}`),
  siteLets: (action) => `Web umožní ${lowerFirstWord(action)}`,
  looksLikeAction: (phrase) => /^(?:si\s+|se\s+)?\p{L}+(?:t|ti|ct)(?![\p{L}])/u.test(phrase.trim()),
};
