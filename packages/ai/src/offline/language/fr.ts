import { lowerFirstWord, upperFirstWord, type Lexicon } from './lexicon.ts';

export const fr: Lexicon = {
  locale: 'fr',
  wants: [
    'nous voulons', 'nous voudrions', 'nous souhaitons', 'nous souhaiterions', 'nous aimerions', 'nous avons besoin de', "nous avons besoin d'",
    'nous avons besoin d’', 'nous cherchons', 'je veux', 'je voudrais', 'je souhaite', 'je souhaiterais', "j'aimerais", 'j’aimerais', "j'ai besoin de",
    "j'ai besoin d'", 'il nous faut', 'il faut', 'on veut', 'on voudrait', 'on aimerait', 'on a besoin de', "on a besoin d'", 'nous attendons',
  ],
  modals: ['doivent pouvoir', 'doit pouvoir', 'devraient pouvoir', 'devrait pouvoir', 'peuvent', 'peut', 'doivent', 'doit', 'devraient', 'devrait', 'pourront', 'pourraient', 'vont', 'veulent'],
  ableTo: ['pouvoir', 'être capables de', 'être en mesure de'],
  actors: [
    'client*', 'cliente*', 'patient*', 'patiente*', 'invité*', 'hôte*', 'visiteur*', 'visiteuse*', 'membre*', 'utilisateur*', 'utilisatrice*',
    'élève*', 'étudiant*', 'parent*', 'employé*', 'salarié*', 'collaborateur*', 'responsable*', 'gestionnaire*', 'administrateur*', 'admin*',
    'chauffeur*', 'livreur*', 'coursier*', 'couple*', 'acheteur*', 'donateur*', 'bénévole*', 'locataire*', 'propriétaire*', 'enseignant*',
    'professeur*', 'candidat*', 'abonné*', 'lecteur*', 'joueur*', 'sportif*', 'participant*', 'famille*', 'enfant*', 'coach*', 'entraîneur*',
    'partenaire*', 'fournisseur*', 'vendeur*', 'voyageur*', 'touriste*', 'habitant*', 'tout le monde', 'adhérent*',
    'médecin*', 'thérapeute*', 'agent*', 'auteur*', 'organisateur*', 'fan*', 'inscrit*', 'usager*', 'convive*', 'résident*',
  ],
  siteNouns: ['site web', 'site internet', 'site', 'application', 'appli', 'plateforme', 'portail', 'page', "page d'accueil", 'boutique en ligne', 'espace'],
  withWords: ['avec', 'comprenant', 'incluant', 'qui propose', 'proposant'],
  relatives: ['où', 'sur lequel', 'sur laquelle', 'grâce auquel', 'qui permet aux', 'qui permette aux', 'permettant aux', 'qui permet à', 'permettant à'],
  conjunctions: ['et', 'ou', 'ainsi que', 'et aussi'],
  subordinators: ['pour que', 'afin que', 'afin de', 'qui', 'que', 'dont', 'parce que', 'car', 'quand', 'lorsque', 'si', 'mais', 'comme', 'par exemple', 'notamment', 'c.-à-d.', 'dès que'],
  determiners: ['un', 'une', 'des', 'le', 'la', 'les', "l'", 'l’', 'notre', 'nos', 'leur', 'leurs', 'son', 'sa', 'ses', 'du', 'de la', 'deux', 'trois', 'plusieurs', 'chaque'],
  fillers: ['aussi', 'également', 'ensuite', 'en plus', 'de plus', 'idéalement', 'surtout', 'facilement', 'rapidement', 'enfin'],
  negation: /(?:^|[\s,;(])(?:nous\s+n['’]avons\s+pas\s+besoin|je\s+n['’]ai\s+pas\s+besoin|on\s+n['’]a\s+pas\s+besoin|nous\s+ne\s+voulons\s+pas|nous\s+ne\s+souhaitons\s+pas|pas\s+besoin\s+d|pas\s+de\s+\p{L}|aucun(?:e)?\s+\p{L}|inutile|hors\s+périmètre|sans\s+(?:boutique|blog|paiement))/iu,
  selfDescription: /(?:^|\s)(?:depuis\s+(?:19|20)\d\d|depuis\s+plus\s+de|(?:nous\s+avons|j['’]ai)\s+(?:déjà|photographié|servi|réalisé|accompagné|formé|aidé|vendu|livré)|(?:notre|le)\s+site\s+(?:actuel|existant)|actuellement|en\s+ce\s+moment|jusqu['’]à\s+présent|fondée?\s+en|créée?\s+en|nous\s+sommes\s+(?:un|une|le|la)\s|je\s+suis\s+(?:un|une)\s)(?![\p{L}])/iu,
  stativeVerbs: ['aiment', 'adorent', 'sont', 'étaient', 'viennent', 'connaissent', 'apprécient', 'souvent'],
  languageNames: ['français', 'anglais', 'allemand', 'italien', 'espagnol', 'néerlandais', 'tchèque', 'polonais', 'russe', 'arabe', 'portugais', 'chinois', 'turc', 'ukrainien'],
  actorCan: (actor, action) => `${upperFirstWord(actor)} peuvent ${lowerFirstWord(action)}`,
  siteOffers: (item) => `Le site propose ${lowerFirstWord(item)}`,
  looksLikeAction: (phrase) => /^(?:se\s+|s['’])?\p{L}+(?:er|ir|re|oir)(?![\p{L}])/u.test(phrase.trim()),
};
