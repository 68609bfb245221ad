import { lowerFirstWord, upperFirstWord, type Lexicon } from './lexicon.ts';

export const it: Lexicon = {
  locale: 'it',
  wants: [
    'vogliamo', 'vorremmo', 'desideriamo', 'ci serve', 'ci servono', 'serve', 'servono', 'abbiamo bisogno di', "abbiamo bisogno d'", 'cerchiamo',
    'voglio', 'vorrei', 'mi serve', 'ho bisogno di', 'ci piacerebbe', 'mi piacerebbe', 'occorre', 'occorrono', 'chiediamo',
  ],
  modals: ['possano', 'debbano', 'devono poter', 'deve poter', 'dovrebbero poter', 'dovrebbe poter', 'possono', 'può', 'devono', 'deve', 'dovrebbero', 'dovrebbe', 'potranno', 'potrebbero', 'vogliono'],
  ableTo: ['poter', 'essere in grado di'],
  actors: [
    'client*', 'pazient*', 'ospit*', 'visitator*', 'soci', 'socio', 'membr*', 'utent*', 'student*', 'alunn*', 'genitori', 'dipendent*',
    'collaborator*', 'responsabil*', 'amministrator*', 'admin*', 'autist*', 'corrier*', 'rider', 'copp*', 'sposi', 'acquirent*', 'donator*',
    'volontari*', 'inquilin*', 'proprietari*', 'insegnant*', 'docent*', 'candidat*', 'iscritt*', 'abbonat*', 'lettor*', 'giocator*', 'atlet*',
    'partecipant*', 'famiglie', 'bambini', 'allenator*', 'istruttor*', 'partner', 'fornitor*', 'venditor*', 'viaggiator*', 'turist*',
    'resident*', 'cittadini', 'medic*', 'agent*', 'autor*', 'organizzator*', 'fan', 'commensal*',
  ],
  siteNouns: ['sito web', 'sito internet', 'sito', 'pagina', 'applicazione', 'app', 'piattaforma', 'portale', 'negozio online', 'e-commerce'],
  withWords: ['con', 'che includa', 'che abbia', 'che offra', 'comprendente'],
  relatives: ['dove', 'in cui', 'sul quale', 'su cui', 'tramite cui', 'attraverso cui', 'che permetta ai', 'che permetta agli', 'che consenta ai', 'che consenta agli'],
  conjunctions: ['e', 'ed', 'o', 'oppure', 'nonché', 'e anche'],
  subordinators: ['con', 'per', 'in', 'senza', 'tramite', 'via', 'sul', 'sulla', 'perché', 'affinché', 'così che', 'che', 'quando', 'se', 'dove', 'ma', 'come', 'per esempio', 'ad esempio', 'cioè', 'mentre'],
  determiners: ['un', 'uno', 'una', "un'", 'il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'nostro', 'nostra', 'nostri', 'nostre', 'loro', 'due', 'tre', 'alcuni', 'alcune', 'ogni'],
  fillers: ['anche', 'inoltre', 'poi', 'idealmente', 'soprattutto', 'facilmente'],
  negation: /(?:^|[\s,;(])(?:non\s+(?:ci\s+serve|ci\s+servono|serve|servono|vogliamo|abbiamo\s+bisogno|è\s+necessari[oa]|occorre)|niente\s+\p{L}|nessun[oa]?\s+\p{L}|senza\s+(?:negozio|blog|pagament))/iu,
  selfDescription: /(?:^|\s)(?:dal\s+(?:19|20)\d\d|da\s+(?:oltre|più\s+di)\s+\d+|(?:abbiamo|ho)\s+(?:già|fotografato|servito|realizzato|aiutato|venduto|organizzato)|(?:il\s+nostro|l['’]attuale)\s+sito\s+(?:attuale)?|attualmente|al\s+momento|finora|fondat[oa]\s+nel|siamo\s+(?:un|una|il|la)\s|sono\s+(?:un|una)\s)(?![\p{L}])/iu,
  stativeVerbs: ['amano', 'adorano', 'sono', 'erano', 'vengono', 'conoscono', 'apprezzano'],
  languageNames: ['italiano', 'inglese', 'tedesco', 'francese', 'spagnolo', 'olandese', 'ceco', 'polacco', 'russo', 'arabo', 'portoghese', 'cinese'],
  withCase: false,
  actorCan: (actor, action) => `${upperFirstWord(actor)} possono ${lowerFirstWord(action)}`,
  siteOffers: (item) => `Il sito offre ${lowerFirstWord(item)}`,
  looksLikeAction: (phrase) => /^\p{L}+(?:are|ere|ire|arsi|ersi|irsi)(?![\p{L}])/u.test(phrase.trim()),
};
