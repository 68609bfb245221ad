import { lowerFirstWord, upperFirstWord, type Lexicon } from './lexicon.ts';

export const pl: Lexicon = {
  locale: 'pl',
  wants: [
    'potrzebne są', 'potrzebna jest', 'potrzebny jest', 'potrzebne jest', 'wymagane są', 'chcemy', 'chcielibyśmy', 'chciałbym', 'chciałabym', 'potrzebujemy', 'potrzebuję', 'szukamy', 'chcę', 'zależy nam na', 'prosimy o',
    'oczekujemy', 'wymagamy', 'przydałby się', 'przydałaby się', 'przydałoby się', 'przydadzą się', 'musi być', 'muszą być', 'powinien być',
    'powinna być', 'powinno być', 'powinny być', 'na stronie ma być', 'na stronie mają być',
  ],
  conditionals: ['byłoby dobrze, gdyby', 'byłoby super, gdyby', 'byłoby świetnie, gdyby', 'fajnie by było, gdyby', 'najlepiej, gdyby', 'w miarę możliwości'],
  contrasts: ['ale', 'lecz', 'natomiast'],
  modals: ['powinni mieć możliwość', 'powinny mieć możliwość', 'muszą mieć możliwość', 'mają mieć możliwość', 'powinni móc', 'muszą móc', 'powinni', 'powinny', 'powinien', 'powinna', 'muszą', 'musi', 'mogą', 'może', 'będą mogli', 'będą mogły', 'mogli', 'mogły', 'mogliby', 'będą', 'mają', 'ma', 'chcą'],
  ableTo: ['mieć możliwość', 'móc', 'mogli', 'mogły'],
  actors: [
    'klien*', 'pacjen*', 'goś*', 'gości', 'odwiedzając*', 'członk*', 'członkowie', 'użytkowni*', 'uczni*', 'uczeń', 'student*', 'rodzic*',
    'pracowni*', 'personel', 'menedżer*', 'kierowni*', 'administrator*', 'admin*', 'kierowc*', 'kurier*', 'pary', 'narzecze*', 'kupując*',
    'darczyńc*', 'wolontariusz*', 'najemc*', 'wynajmując*', 'nauczyciel*', 'kandydac*', 'kandydat*', 'subskrybenc*', 'czytelni*', 'zawodni*',
    'sportowc*', 'uczestni*', 'rodziny', 'dzieci', 'trener*', 'partner*', 'dostawc*', 'sprzedawc*', 'turyści', 'turyst*', 'podróżn*',
    'mieszkańc*', 'lekarz*', 'agen*', 'autor*', 'organizator*', 'kibic*', 'fan*', 'właściciel*', 'osoby',
  ],
  siteNouns: ['strona internetowa', 'stronę internetową', 'strony internetowej', 'strona', 'stronę', 'strony', 'witryna', 'witrynę', 'serwis', 'aplikacja', 'aplikację', 'aplikacji', 'platforma', 'platformę', 'portal', 'sklep internetowy'],
  withWords: ['z', 'ze', 'zawierającą', 'zawierająca', 'w tym', 'obejmującą'],
  relatives: ['na której', 'na którym', 'gdzie', 'w której', 'przez którą', 'dzięki której', 'za pomocą której', 'która pozwoli', 'która pozwala', 'umożliwiającą', 'umożliwiającej'],
  conjunctions: ['i', 'oraz', 'lub', 'albo', 'a także', 'jak również'],
  subordinators: ['z', 'ze', 'dla', 'na', 'w', 'we', 'bez', 'przez', 'według', 'żeby', 'aby', 'bo', 'ponieważ', 'gdy', 'kiedy', 'jeśli', 'jeżeli', 'który', 'która', 'które', 'którzy', 'gdzie', 'ale', 'jak', 'np.', 'na przykład', 'tj.', 'czyli'],
  determiners: [],
  fillers: ['się', 'więc', 'no', 'i', 'też', 'także', 'również', 'dodatkowo', 'ponadto', 'najlepiej', 'przede wszystkim', 'łatwo', 'szybko', 'jeszcze'],
  negation: /(?:^|[\s,;(])(?:nie\s+(?:potrzebujemy|chcemy|szukamy|jest\s+potrzebn[yae]|musi\s+być)|bez\s+(?:sklepu|bloga|płatności)|żadn(?:ego|ej|ych)\s+\p{L})/iu,
  selfDescription: /(?:^|\s)(?:od\s+(?:roku\s+)?(?:19|20)\d\d|od\s+(?:ponad|ponad\s+)?\d+\s+lat|(?:mamy|mam)\s+już|(?:nasza|obecna)\s+(?:obecna\s+)?strona|obecnie|aktualnie|w\s+tej\s+chwili|do\s+tej\s+pory|dotychczas|założon[aey]\s+w|firma\s+rodzinna|jesteśmy\s+(?:małą|małym|rodzinną|rodzinnym)\s)(?![\p{L}])/iu,
  stativeVerbs: ['kochają', 'lubią', 'są', 'byli', 'przychodzą', 'znają', 'cenią', 'często'],
  languageNames: ['polskim', 'polski', 'angielskim', 'angielski', 'niemieckim', 'niemiecki', 'ukraińskim', 'rosyjskim', 'czeskim', 'francuskim', 'hiszpańskim', 'włoskim', 'polsku', 'angielsku', 'niemiecku', 'ukraińsku', 'wersja', 'wersję', 'wersji'],
  withCase: true,
  actorCan: (actor, action) => `${upperFirstWord(actor)} mogą ${lowerFirstWord(action)}`,
  // "Zawiera" takes the accusative (after "chcemy"); a thing named in the nominative ("potrzebne są", "przydałaby się") is
  // listed as such; "potrzebujemy", "szukamy" govern the genitive, so those needs keep the customer's own verb.
  siteOffers: (item, intro) =>
    /potrzebne|potrzebna|potrzebny|przydał|musi być|muszą być|powinn|wymagane|ma być|mają być/iu.test(intro)
      ? `Na stronie: ${lowerFirstWord(item)}`
      : /potrzebuj|szukam|wymagam|zależy|prosimy/iu.test(intro)
        ? `${upperFirstWord(intro)} ${item}`
        : `Strona zawiera ${lowerFirstWord(item)}`,
  siteLets: (action) => `Strona pozwala ${lowerFirstWord(action)}`,
  looksLikeAction: (phrase) => /^(?:się\s+)?\p{L}+(?:ć|c)(?![\p{L}])/u.test(phrase.trim()),
};
