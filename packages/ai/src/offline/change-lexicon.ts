import type { Locale } from '@statex/core';

/**
 * How customers word a change to their site, per language: the verbs that start a change (to split
 * "add X and rename Y" into two), and the patterns of a removal, a rename, a replacement and an
 * edit ("change X to Y"). Patterns name what they act on `target` and what it becomes `value`.
 * Words are matched at word starts (`(?<!\p{L})`) so the same patterns work for every script.
 */
export interface ChangeLexicon {
  /** Words that begin a new change inside a sentence, after "and" or a comma. */
  verbs: readonly string[];
  /** How an addition opens ("add", "přidejte", "fügen Sie … hinzu"): dropped so the rest reads as the thing wanted. */
  addOpening: RegExp;
  /** "We want": put before the thing an addition names, the brief reader phrases it as a requirement. */
  want: string;
  /** Words joining two changes ("and"). */
  and: readonly string[];
  rename: readonly RegExp[];
  replace: readonly RegExp[];
  /** "Y instead of X": the value first. */
  instead: readonly RegExp[];
  edit: readonly RegExp[];
  remove: readonly RegExp[];
  /** Words that carry no meaning for matching a change to a requirement (articles, prepositions, politeness). */
  stopwords: readonly string[];
}

// `\b<` — a change verb among the first words of the clause ("please also remove …", Arabic "وأعد …");
// `\b~` — anywhere, at a word start ("… the site without the gallery").
const NEAR_START = String.raw`^(?:\S+\s+){0,4}?(?:و|ف)?`;
const WORD_START = '(?<![\\p{L}\\p{N}])';
const rx = (source: string): RegExp => new RegExp(source.replaceAll('\\b<', NEAR_START).replaceAll('\\b~', WORD_START), 'iu');

export const CHANGE_LEXICONS: Record<Locale, ChangeLexicon> = {
  en: {
    want: 'We want',
    addOpening: /^(?:(?:please|also|and|then|kindly|could\s+you|can\s+you)[,\s]+)*(?:add|include|create|insert|put)\s+/iu,
    verbs: ['add', 'include', 'create', 'put', 'insert', 'remove', 'drop', 'delete', 'omit', 'get rid of', 'take out', 'leave out', 'scrap', 'ditch', 'rename', 'call', 'change', 'update', 'set', 'replace', 'swap', 'use', 'show', 'make', 'we also want', 'we want', 'we need', "i'd like", 'please'],
    and: ['and', 'also', 'then', 'plus'],
    rename: [
      rx(String.raw`\b<rename\s+(?<target>.+?)\s+(?:to|as|into)\s+["“']?(?<value>.+?)["”']?$`),
      rx(String.raw`\b<change\s+the\s+name\s+of\s+(?<target>.+?)\s+to\s+["“']?(?<value>.+?)["”']?$`),
      rx(String.raw`^(?<target>.+?)\s+should\s+be\s+(?:called|named|renamed(?:\s+to)?)\s+["“']?(?<value>.+?)["”']?$`),
      rx(String.raw`\b<call\s+(?<target>.+?)\s+["“'](?<value>.+?)["”'](?:\s+instead)?$`),
    ],
    replace: [rx(String.raw`\b<(?:replace|swap)\s+(?<target>.+?)\s+(?:with|by|for)\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+instead\s+of\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:change|update|move|adjust)\s+(?<target>.+?)\s+to\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:remove|drop|delete|omit|scrap|ditch|cut|get\s+rid\s+of|take\s+out|leave\s+out|skip)\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:without|no\s+longer\s+(?:need|want)|(?:we|i)\s+(?:do\s+not|don't|don’t)\s+(?:need|want)(?:\s+any)?|no\s+need\s+for)\s+(?<target>.+)$`),
      rx(String.raw`^no\s+(?:more\s+)?(?<target>.+)$`),
    ],
    stopwords: ['the', 'a', 'an', 'of', 'to', 'for', 'on', 'in', 'at', 'with', 'and', 'or', 'our', 'my', 'your', 'please', 'page', 'section', 'site', 'website', 'anymore', 'more', 'also', 'too', 'from', 'about', 'that', 'this', 'it', 'we', 'us', 'be', 'can', 'should', 'shall', 'will', 'would', 'new', 'add'],
  },
  de: {
    want: 'Wir möchten',
    addOpening: /^(?:(?:bitte|auch|und|dann|außerdem)[,\s]+)*(?:fügen\s+sie|füge|fügt|ergänzen\s+sie|ergänze|erstellen\s+sie|erstelle)\s+/iu,
    verbs: ['füge', 'fügen', 'ergänze', 'ergänzen', 'erstelle', 'erstellen', 'entferne', 'entfernen', 'streiche', 'streichen', 'lösche', 'löschen', 'benenne', 'benennen', 'umbenennen', 'ändere', 'ändern', 'ersetze', 'ersetzen', 'tausche', 'tauschen', 'nehmt', 'nehmen', 'zeigt', 'zeigen', 'bitte', 'wir möchten', 'wir brauchen', 'außerdem'],
    and: ['und', 'außerdem', 'dann', 'sowie'],
    rename: [
      rx(String.raw`\b<(?:benennen|benenne)\s+(?:sie\s+)?(?<target>.+?)\s+in\s+["„“']?(?<value>.+?)["“”']?\s+um$`),
      rx(String.raw`^(?:bitte\s+)?(?<target>.+?)\s+(?:bitte\s+)?(?:in|zu)\s+["„“']?(?<value>.+?)["“”']?\s+umbenennen$`),
      rx(String.raw`\b<umbenennen\s*:?\s*(?<target>.+?)\s+(?:in|zu)\s+["„“']?(?<value>.+?)["“”']?$`),
      rx(String.raw`^(?<target>.+?)\s+soll(?:te)?\s+(?:künftig\s+|stattdessen\s+)?["„“']?(?<value>.+?)["“”']?\s+heißen$`),
    ],
    replace: [
      rx(String.raw`\b<(?:ersetzen|ersetze|tauschen|tausche)\s+(?:sie\s+)?(?<target>.+?)\s+(?:durch|gegen|mit)\s+(?<value>.+)$`),
      rx(String.raw`^(?:bitte\s+)?(?<target>.+?)\s+(?:bitte\s+)?(?:durch|gegen)\s+(?<value>.+?)\s+(?:ersetzen|austauschen|tauschen)$`),
    ],
    instead: [rx(String.raw`^(?<value>.+?),?\s+(?:statt|anstatt|anstelle)\s+(?:von\s+)?(?<target>.+)$`)],
    edit: [
      rx(String.raw`\b<(?:ändern|ändere|setzen|setze)\s+(?:sie\s+)?(?<target>.+?)\s+(?:auf|in|zu)\s+(?<value>.+)$`),
      rx(String.raw`^(?:bitte\s+)?(?<target>.+?)\s+(?:bitte\s+)?(?:auf|in|zu)\s+(?<value>.+?)\s+(?:ändern|setzen|anpassen|korrigieren)$`),
    ],
    remove: [
      rx(String.raw`\b<(?:entfernen|entferne|streichen|streiche|löschen|lösche)\s+(?:sie\s+)?(?<target>.+)$`),
      rx(String.raw`^(?:bitte\s+)?(?<target>.+?)\s+(?:bitte\s+)?(?:entfernen|streichen|löschen|weglassen|rausnehmen|herausnehmen)$`),
      rx(String.raw`\b<(?:nehmen\s+sie|nehmt)\s+(?<target>.+?)\s+(?:heraus|raus|weg)$`),
      rx(String.raw`\b~(?:ohne|keine?n?)\s+(?<target>.+?)(?:\s+mehr)?$`),
      rx(String.raw`\b~(?:wir\s+)?brauchen\s+(?<target>.+?)\s+nicht\s+mehr$`),
    ],
    stopwords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'mit', 'für', 'von', 'auf', 'in', 'im', 'zu', 'zur', 'zum', 'bitte', 'seite', 'website', 'webseite', 'bereich', 'abschnitt', 'unsere', 'unser', 'unseren', 'sie', 'wir', 'auch', 'mehr', 'noch', 'neue', 'neuen', 'soll', 'sollen'],
  },
  fr: {
    want: 'Nous voulons',
    addOpening: /^(?:(?:merci\s+d[e']|s'il\s+vous\s+plaît|aussi|et|puis)[,\s]*)*(?:ajoutez|ajouter|ajoute|créez|créer)\s+/iu,
    verbs: ['ajoutez', 'ajouter', 'ajoute', 'créez', 'créer', 'supprimez', 'supprimer', 'supprime', 'retirez', 'retirer', 'enlevez', 'enlever', 'renommez', 'renommer', 'changez', 'changer', 'modifiez', 'modifier', 'remplacez', 'remplacer', 'mettez', 'merci de', 'nous voulons', 'il faut', "s'il vous plaît"],
    and: ['et', 'puis', 'aussi', 'ensuite'],
    rename: [
      rx(String.raw`\b<renomm(?:ez|er|e)\s+(?<target>.+?)\s+en\s+["«“']?\s*(?<value>.+?)\s*["»”']?$`),
      rx(String.raw`^(?<target>.+?)\s+(?:doit|devrait)\s+s['’]appeler\s+["«“']?\s*(?<value>.+?)\s*["»”']?$`),
      rx(String.raw`\b<(?:changez|changer|modifiez|modifier)\s+le\s+nom\s+d[eu'’]\s*(?<target>.+?)\s+en\s+["«“']?\s*(?<value>.+?)\s*["»”']?$`),
    ],
    replace: [rx(String.raw`\b<remplac(?:ez|er|e)\s+(?<target>.+?)\s+par\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+(?:au\s+lieu\s+d[eu'’]|à\s+la\s+place\s+d[eu'’])\s*(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:changez|changer|modifiez|modifier|passez|passer|mettez)\s+(?<target>.+?)\s+(?:en|à|pour|sur)\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:supprim(?:ez|er|e)|retir(?:ez|er|e)|enlev(?:ez|er)|enlève|ôt(?:ez|er))\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:sans|plus\s+besoin\s+d[eu'’]?|pas\s+besoin\s+d[eu'’]?|nous\s+ne\s+voulons\s+plus)\s*(?<target>.+)$`),
    ],
    stopwords: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'd', 'l', 'et', 'ou', 'avec', 'pour', 'sur', 'dans', 'en', 'au', 'aux', 'à', 'page', 'section', 'site', 'notre', 'nos', 'votre', 'vos', 'merci', 'aussi', 'plus', 'nouvelle', 'nouveau'],
  },
  it: {
    want: 'Vogliamo',
    addOpening: /^(?:(?:per\s+favore|anche|e|poi)[,\s]+)*(?:aggiungete|aggiungere|aggiungi|inserite|inserire|create|creare)\s+/iu,
    verbs: ['aggiungete', 'aggiungere', 'aggiungi', 'create', 'creare', 'inserite', 'inserire', 'rimuovete', 'rimuovere', 'rimuovi', 'togliete', 'togliere', 'togli', 'eliminate', 'eliminare', 'elimina', 'rinominate', 'rinominare', 'rinomina', 'cambiate', 'cambiare', 'cambia', 'modificate', 'modificare', 'modifica', 'sostituite', 'sostituire', 'sostituisci', 'vorremmo', 'per favore'],
    and: ['e', 'ed', 'poi', 'inoltre', 'anche'],
    rename: [
      rx(String.raw`\b<rinomin(?:ate|are|a)\s+(?<target>.+?)\s+(?:in|come)\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`^(?<target>.+?)\s+(?:deve|dovrebbe)\s+chiamarsi\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`\b<(?:cambiate|cambiare|cambia|modificate)\s+il\s+nome\s+(?:del(?:la|l['’])?|di)\s*(?<target>.+?)\s+in\s+["«“']?(?<value>.+?)["»”']?$`),
    ],
    replace: [rx(String.raw`\b<sostitu(?:ite|ire|isci)\s+(?<target>.+?)\s+con\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+(?:invece\s+d(?:i|el|ella|ei|elle)|al\s+posto\s+d(?:i|el|ella|ei|elle))\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:cambiate|cambiare|cambia|modificate|modificare|modifica|aggiornate|portate)\s+(?<target>.+?)\s+(?:in|a|con)\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:rimuov(?:ete|ere|i)|togli(?:ete|ere)?|elimin(?:ate|are|a)|cancell(?:ate|are|a))\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:senza|non\s+(?:ci\s+)?(?:serve|servono|vogliamo)\s+più)\s+(?<target>.+)$`),
    ],
    stopwords: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'della', 'dei', 'delle', 'e', 'o', 'con', 'per', 'su', 'in', 'a', 'al', 'alla', 'pagina', 'sezione', 'sito', 'nostro', 'nostra', 'nostri', 'anche', 'più', 'nuova', 'nuovo', 'favore'],
  },
  es: {
    want: 'Queremos',
    addOpening: /^(?:(?:por\s+favor|también|y|luego)[,\s]+)*(?:añada|añadan|añadir|añade|agregue|agregar|agrega|incluya|incluir|cree|crear)\s+/iu,
    verbs: ['añada', 'añadan', 'añadir', 'añade', 'agregue', 'agregar', 'agrega', 'incluya', 'incluir', 'cree', 'crear', 'elimine', 'eliminar', 'elimina', 'quite', 'quitar', 'quita', 'suprima', 'suprimir', 'borre', 'borrar', 'renombre', 'renombrar', 'cambie', 'cambiar', 'cambia', 'modifique', 'modificar', 'sustituya', 'sustituir', 'reemplace', 'reemplazar', 'queremos', 'por favor'],
    and: ['y', 'e', 'también', 'luego', 'además'],
    rename: [
      rx(String.raw`\b<renombr(?:e|ar|a|en)\s+(?<target>.+?)\s+(?:a|como|por)\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`\b<(?:cambi(?:e|ar|a|en)|modifi(?:que|car|ca))\s+el\s+nombre\s+(?:de(?:l)?\s+)?(?<target>.+?)\s+(?:a|por)\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`^(?<target>.+?)\s+(?:debe|debería)\s+llamarse\s+["«“']?(?<value>.+?)["»”']?$`),
    ],
    replace: [rx(String.raw`\b<(?:sustitu(?:ya|ir|ye)|reemplac(?:e|en)|reemplazar|reemplaza)\s+(?<target>.+?)\s+(?:por|con)\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+(?:en\s+lugar\s+de(?:l)?|en\s+vez\s+de(?:l)?)\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:cambi(?:e|ar|a|en)|modifi(?:que|car|ca)|actualic(?:e|en)|actualizar|ponga)\s+(?<target>.+?)\s+(?:a|por|en)\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:elimin(?:e|en|ar|a)|quit(?:e|en|ar|a)|suprim(?:a|an|ir|e)|borr(?:e|en|ar|a))\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:sin|ya\s+no\s+(?:necesitamos|queremos))\s+(?<target>.+)$`),
    ],
    stopwords: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'de', 'del', 'y', 'o', 'con', 'para', 'por', 'en', 'a', 'al', 'página', 'sección', 'sitio', 'web', 'nuestro', 'nuestra', 'nuestros', 'también', 'más', 'nueva', 'nuevo', 'favor'],
  },
  nl: {
    want: 'We willen',
    addOpening: /^(?:(?:graag|ook|en|dan|alstublieft)[,\s]+)*(?:voeg|maak)\s+/iu,
    verbs: ['voeg', 'toevoegen', 'maak', 'verwijder', 'verwijderen', 'schrap', 'schrappen', 'laat', 'haal', 'hernoem', 'hernoemen', 'noem', 'wijzig', 'wijzigen', 'verander', 'veranderen', 'vervang', 'vervangen', 'zet', 'we willen', 'graag'],
    and: ['en', 'ook', 'daarna', 'verder'],
    rename: [
      rx(String.raw`\b<hernoem\s+(?<target>.+?)\s+(?:naar|tot|in)\s+["“'‘]?(?<value>.+?)["”'’]?$`),
      rx(String.raw`^(?:graag\s+)?(?<target>.+?)\s+(?:hernoemen|omdopen)\s+(?:naar|tot|in)\s+["“'‘]?(?<value>.+?)["”'’]?$`),
      rx(String.raw`\b<(?:wijzig|verander)\s+de\s+naam\s+van\s+(?<target>.+?)\s+(?:in|naar)\s+["“'‘]?(?<value>.+?)["”'’]?$`),
      rx(String.raw`^(?<target>.+?)\s+moet\s+["“'‘]?(?<value>.+?)["”'’]?\s+heten$`),
    ],
    replace: [rx(String.raw`\b<vervang\s+(?<target>.+?)\s+(?:door|met)\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+in\s+plaats\s+van\s+(?<target>.+)$`)],
    edit: [
      rx(String.raw`\b<(?:wijzig|verander|zet|pas)\s+(?<target>.+?)\s+(?:in|naar|op)\s+(?<value>.+)$`),
      rx(String.raw`^(?:graag\s+)?(?<target>.+?)\s+(?:wijzigen|veranderen|aanpassen)\s+(?:in|naar|op)\s+(?<value>.+)$`),
    ],
    remove: [
      rx(String.raw`\b<(?:verwijder(?:en)?|schrap(?:pen)?)\s+(?<target>.+)$`),
      rx(String.raw`^(?:graag\s+)?(?<target>.+?)\s+(?:graag\s+)?(?:verwijderen|schrappen|weglaten|weghalen)$`),
      rx(String.raw`\b<(?:laat|haal)\s+(?<target>.+?)\s+weg$`),
      rx(String.raw`\b~(?:zonder|geen)\s+(?<target>.+?)(?:\s+meer)?$`),
    ],
    stopwords: ['de', 'het', 'een', 'van', 'en', 'of', 'met', 'voor', 'op', 'in', 'aan', 'naar', 'pagina', 'sectie', 'site', 'website', 'onze', 'ons', 'graag', 'ook', 'meer', 'nieuwe', 'nieuw'],
  },
  cs: {
    want: 'Chceme',
    addOpening: /^(?:(?:prosím|také|a|pak)[,\s]+)*(?:přidejte|přidat|přidej|doplňte|doplnit|vytvořte)\s+/iu,
    verbs: ['přidejte', 'přidat', 'přidej', 'doplňte', 'doplnit', 'vytvořte', 'odstraňte', 'odstranit', 'odstraň', 'odeberte', 'odebrat', 'zrušte', 'zrušit', 'vyhoďte', 'smažte', 'smazat', 'přejmenujte', 'přejmenovat', 'přejmenuj', 'změňte', 'změnit', 'změň', 'upravte', 'upravit', 'nahraďte', 'nahradit', 'nahraď', 'dejte', 'chceme', 'prosím'],
    and: ['a', 'také', 'pak', 'dále'],
    rename: [
      rx(String.raw`\b<přejmenu(?:jte|j|jeme|ovat)\s+(?<target>.+?)\s+na\s+["„“']?(?<value>.+?)["“”']?$`),
      rx(String.raw`\b<(?:změňte|změnit|změň)\s+název\s+(?<target>.+?)\s+na\s+["„“']?(?<value>.+?)["“”']?$`),
      rx(String.raw`^(?<target>.+?)\s+(?:by\s+se\s+měl[aoi]?|se\s+má)\s+jmenovat\s+["„“']?(?<value>.+?)["“”']?$`),
    ],
    replace: [rx(String.raw`\b<nahra(?:ďte|dit|ď)\s+(?<target>.+?)\s+(?:za|čím|->)\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+(?:místo|namísto)\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:změňte|změnit|změň|upravte|upravit|nastavte)\s+(?<target>.+?)\s+na\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:odstra(?:ňte|nit|ň)|odeberte|odebrat|zruš(?:te|it)|vyhoďte|smaž(?:te)?|smazat|vynechte)\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:bez|(?:už|již)\s+nechceme|(?:už|již)\s+nepotřebujeme)\s+(?<target>.+)$`),
    ],
    stopwords: ['a', 'i', 'na', 'v', 've', 'do', 'z', 'ze', 's', 'se', 'o', 'k', 'pro', 'za', 'stránku', 'stránka', 'stránky', 'sekci', 'sekce', 'web', 'webu', 'náš', 'naše', 'našeho', 'prosím', 'také', 'už', 'novou', 'nový', 'nové'],
  },
  pl: {
    want: 'Chcemy',
    addOpening: /^(?:(?:proszę|też|także|i|potem)[,\s]+)*(?:dodajcie|dodaj|dodać|dodajmy|stwórzcie|utwórzcie)\s+/iu,
    verbs: ['dodajcie', 'dodaj', 'dodać', 'dodajmy', 'stwórzcie', 'utwórz', 'usuńcie', 'usuń', 'usunąć', 'wyrzućcie', 'wyrzuć', 'zmieńcie', 'zmień', 'zmienić', 'zamieńcie', 'zamień', 'zastąpcie', 'zastąp', 'przemianujcie', 'chcemy', 'proszę'],
    and: ['i', 'oraz', 'też', 'także', 'potem'],
    rename: [
      rx(String.raw`\b<zmie(?:ńcie|ń|nić)\s+nazw[ęe]\s+(?<target>.+?)\s+na\s+["„“']?(?<value>.+?)["”']?$`),
      rx(String.raw`\b<przemianuj(?:cie)?\s+(?<target>.+?)\s+na\s+["„“']?(?<value>.+?)["”']?$`),
      rx(String.raw`^(?<target>.+?)\s+(?:powinien|powinna|powinno|ma)\s+się\s+nazywać\s+["„“']?(?<value>.+?)["”']?$`),
    ],
    replace: [rx(String.raw`\b<(?:zastąp(?:cie)?|zamie(?:ńcie|ń))\s+(?<target>.+?)\s+(?:na|przez)\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+(?:zamiast)\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:zmie(?:ńcie|ń|nić)|ustaw(?:cie)?|popraw(?:cie)?)\s+(?<target>.+?)\s+na\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:usu(?:ńcie|ń|nąć)|wyrzu(?:ćcie|ć)|skasuj(?:cie)?|pomiń(?:cie)?)\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:bez|nie\s+potrzebujemy\s+już|już\s+nie\s+potrzebujemy)\s+(?<target>.+)$`),
    ],
    stopwords: ['i', 'w', 'we', 'na', 'z', 'ze', 'do', 'o', 'dla', 'od', 'po', 'się', 'stronę', 'strona', 'strony', 'sekcję', 'sekcja', 'nasz', 'nasza', 'naszą', 'proszę', 'też', 'także', 'już', 'nową', 'nowy', 'nowa'],
  },
  ru: {
    want: 'Мы хотим',
    addOpening: /^(?:(?:пожалуйста|также|и|потом)[,\s]+)*(?:добавьте|добавить|добавь|создайте)\s+/iu,
    verbs: ['добавьте', 'добавить', 'добавь', 'создайте', 'удалите', 'удалить', 'удали', 'уберите', 'убрать', 'убери', 'переименуйте', 'переименовать', 'переименуй', 'измените', 'изменить', 'измени', 'поменяйте', 'замените', 'заменить', 'замени', 'назовите', 'хотим', 'пожалуйста'],
    and: ['и', 'также', 'а', 'потом', 'ещё'],
    rename: [
      rx(String.raw`\b<переименуй(?:те)?\s+(?<target>.+?)\s+в\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`\b<переименовать\s+(?<target>.+?)\s+в\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`\b<(?:измените|поменяйте|изменить)\s+название\s+(?<target>.+?)\s+на\s+["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`^(?<target>.+?)\s+(?:должен|должна|должно)\s+называться\s+["«“']?(?<value>.+?)["»”']?$`),
    ],
    replace: [rx(String.raw`\b<замени(?:те|ть)?\s+(?<target>.+?)\s+на\s+(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?),?\s+вместо\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:измени(?:те|ть)?|поменяй(?:те)?|поменять|установите)\s+(?<target>.+?)\s+на\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:удали(?:те|ть)?|убери(?:те)?|убрать)\s+(?<target>.+)$`),
      rx(String.raw`\b~(?:без|больше\s+не\s+нуж(?:ен|на|но|ны))\s+(?<target>.+)$`),
    ],
    stopwords: ['и', 'в', 'во', 'на', 'с', 'со', 'к', 'по', 'о', 'об', 'для', 'из', 'от', 'страницу', 'страница', 'раздел', 'сайт', 'сайта', 'наш', 'нашу', 'наши', 'пожалуйста', 'также', 'ещё', 'новую', 'новый'],
  },
  ar: {
    want: 'نريد',
    addOpening: /^(?:(?:من\s+فضلك|أيضا|أيضًا)[،,\s]+)*و?(?:أضف|أضيفوا|اضف|أضيفي|أنشئ)\s+/iu,
    verbs: ['أضف', 'أضيفوا', 'اضف', 'أضيفي', 'أنشئ', 'احذف', 'احذفوا', 'أزل', 'ازل', 'أزيلوا', 'ألغ', 'أعد تسمية', 'اعد تسمية', 'غيّر', 'غير', 'غيروا', 'عدّل', 'عدل', 'استبدل', 'بدّل', 'نريد', 'من فضلك'],
    and: ['و', 'ثم', 'أيضا', 'أيضًا'],
    rename: [
      rx(String.raw`\b<(?:أعد|اعد|أعيدوا)\s+تسمية\s+(?<target>.+?)\s+(?:إلى|الى|لتصبح|ليصبح|باسم)\s*["«“']?(?<value>.+?)["»”']?$`),
      rx(String.raw`\b<(?:غيّر|غير|غيروا|بدّل)\s+اسم\s+(?<target>.+?)\s+(?:إلى|الى)\s*["«“']?(?<value>.+?)["»”']?$`),
    ],
    replace: [rx(String.raw`\b<(?:استبدل|استبدلوا|بدّل|بدل)\s+(?<target>.+?)\s+(?:بـ|ب)\s*(?<value>.+)$`)],
    instead: [rx(String.raw`^(?<value>.+?)،?\s+(?:بدلا|بدلًا|بدلاً)\s+من\s+(?<target>.+)$`)],
    edit: [rx(String.raw`\b<(?:غيّر|غير|غيروا|عدّل|عدل|عدلوا)\s+(?<target>.+?)\s+(?:إلى|الى|لتصبح|ليصبح)\s+(?<value>.+)$`)],
    remove: [
      rx(String.raw`\b<(?:احذف(?:وا)?|حذف|أزل|ازل|أزيلوا|إزالة|ألغ(?:ِ|وا)?)\s+(?<target>.+)$`),
      rx(String.raw`\b<(?:بدون|من\s+دون|لا\s+نريد|لم\s+نعد\s+نحتاج(?:\s+إلى)?)\s+(?<target>.+)$`),
    ],
    stopwords: ['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'و', 'أو', 'صفحة', 'الصفحة', 'قسم', 'القسم', 'الموقع', 'موقع', 'من فضلك', 'أيضا', 'أيضًا', 'جديدة', 'جديد'],
  },
};
