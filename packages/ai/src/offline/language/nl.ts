import { lowerFirstWord, upperFirstWord, type Lexicon } from './lexicon.ts';

export const nl: Lexicon = {
  locale: 'nl',
  wants: [
    'we willen', 'wij willen', 'willen we', 'willen wij', 'ik wil', 'we zoeken', 'wij zoeken', 'we hebben nodig', 'wij hebben nodig',
    'we zouden graag', 'wij zouden graag', 'we hebben graag', 'we wensen', 'ik zou graag', 'nodig is', 'nodig zijn', 'gewenst is', 'gewenst zijn',
  ],
  conditionals: ['het zou mooi zijn als', 'het zou fijn zijn als', 'het zou handig zijn als', 'het zou leuk zijn als', 'mooi zou zijn als', 'idealiter', 'indien mogelijk'],
  contrasts: ['maar', 'echter'],
  modals: ['moeten kunnen', 'moet kunnen', 'zouden moeten kunnen', 'zou moeten kunnen', 'kunnen', 'kan', 'moeten', 'moet', 'zouden moeten', 'zou moeten', 'zullen', 'mogen', 'willen', 'konden'],
  ableTo: ['kunnen', 'in staat zijn om'],
  actors: [
    'klant*', 'cliënt*', 'patiënt*', 'gast', 'gasten', 'bezoeker*', 'lid', 'leden', 'gebruiker*', 'leerling*', 'student*', 'ouders',
    'medewerker*', 'werknemer*', 'personeel', 'beheerder*', 'admin*', 'manager*', 'chauffeur*', 'bezorger*', 'koerier*', 'stel*', 'koppel*',
    'koper*', 'donateur*', 'vrijwilliger*', 'huurder*', 'verhuurder*', 'docent*', 'leraar*', 'leraren', 'sollicitant*', 'kandidat*',
    'abonnee*', 'lezer*', 'speler*', 'sporter*', 'deelnemer*', 'gezinnen', 'families', 'kinderen', 'trainer*', 'coach*', 'partner*',
    'leverancier*', 'verkoper*', 'reiziger*', 'toerist*', 'bewoner*', 'iedereen', 'artsen', 'arts', 'eigenaar*', 'eigenaren', 'fietser*', 'monteur*',
  ],
  siteNouns: ['website', 'site', 'webpagina', 'pagina', 'webshop', 'app', 'applicatie', 'platform', 'portaal', 'homepage'],
  withWords: ['met', 'inclusief', 'waarop'],
  relatives: ['waar', 'waarop', 'waarmee', 'waarin', 'via welke'],
  conjunctions: ['en', 'of', 'en ook', 'evenals', 'alsook'],
  subordinators: ['met', 'voor', 'in', 'op', 'zonder', 'via', 'per', 'zodat', 'omdat', 'als', 'wanneer', 'indien', 'die', 'dat', 'waar', 'maar', 'want', 'bijvoorbeeld', 'bijv.', 'zoals', 'terwijl'],
  determiners: ['een', 'de', 'het', 'onze', 'ons', 'hun', 'zijn', 'haar', 'twee', 'drie', 'enkele', 'elke', 'ieder'],
  fillers: ['dus', 'nou', 'en', 'wel', 'ook', 'daarnaast', 'bovendien', 'graag', 'eventueel', 'vooral', 'eenvoudig', 'snel', 'dan'],
  negation: /(?:^|[\s,;(])(?:geen\s+\p{L}|(?:we|wij|ik)\s+(?:hebben|heb)\s+(?:\p{L}+\s+)?geen|(?:we|wij|ik)\s+(?:willen|wil|zoeken)\s+(?:\p{L}+\s+)?(?:geen|niet)|niet\s+nodig|hoeft\s+niet)/iu,
  selfDescription: /(?:^|\s)(?:sinds\s+(?:19|20)\d\d|al\s+(?:meer\s+dan\s+)?\d+\s+jaar|(?:we|wij|ik)\s+(?:hebben|heb)\s+(?:al|inmiddels|ruim|meer\s+dan)|(?:onze|de)\s+(?:huidige|oude)\s+(?:website|site)|momenteel|op\s+dit\s+moment|tot\s+nu\s+toe|opgericht\s+in|familiebedrijf|wij\s+zijn\s+(?:een|de|het)\s|we\s+zijn\s+(?:een|de|het)\s|ik\s+ben\s+(?:een)\s)(?![\p{L}])/iu,
  stativeVerbs: ['houden', 'zijn', 'waren', 'komen', 'kennen', 'waarderen', 'vaak'],
  languageNames: ['nederlands', 'engels', 'duits', 'frans', 'spaans', 'italiaans', 'tsjechisch', 'pools', 'russisch', 'arabisch', 'turks', 'portugees'],
  withCase: false,
  actorCan: (actor, action) => `${upperFirstWord(actor)} kunnen ${lowerFirstWord(action)}`,
  siteOffers: (item) => `De website biedt ${lowerFirstWord(item)}`,
  siteLets: (action) => `Via de website kunnen we ${lowerFirstWord(action)}`,
  // The infinitive closes the clause, at most followed by a short phrase ("vooraf betalen met iDEAL").
  // The infinitive closes the clause ("vooraf betalen met iDEAL"); after a preposition an -en word is a plural noun ("met oefeningen").
  looksLikeAction: (phrase) => /\p{L}+en(?:\s+(?:met|via|voor|op|bij|zonder|per|online|vooraf)(?:\s+\S+){0,3})?$/u.test(phrase.trim()) && !/(?:^|\s)(?:met|van|voor|over|en|of|de|het|een)\s+\S+en$/iu.test(phrase.trim()),
};
