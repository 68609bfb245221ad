import { lowerFirstWord, upperFirstWord, type Lexicon } from './lexicon.ts';

export const es: Lexicon = {
  locale: 'es',
  wants: [
    'queremos', 'quisiéramos', 'quisieramos', 'necesitamos', 'nos gustaría', 'nos gustaria', 'buscamos', 'deseamos', 'quiero', 'necesito', 'me gustaría',
    'me gustaria', 'hace falta', 'hacen falta', 'pedimos', 'nos interesa', 'también queremos', 'también necesitamos',
  ],
  modals: ['puedan', 'deban', 'podrán', 'deben poder', 'debe poder', 'deberían poder', 'debería poder', 'tienen que poder', 'pueden', 'puede', 'deben', 'debe', 'deberían', 'debería', 'tienen que', 'tiene que', 'podrán', 'podrían', 'van a', 'quieren'],
  ableTo: ['poder'],
  actors: [
    'client*', 'paciente*', 'huésped*', 'huéspedes', 'invitado*', 'visitante*', 'socio*', 'socia*', 'miembro*', 'usuario*', 'usuaria*', 'alumno*',
    'estudiante*', 'padre*', 'madre*', 'empleado*', 'trabajador*', 'responsable*', 'gerente*', 'administrador*', 'admin*', 'conductor*',
    'repartidor*', 'pareja*', 'novio*', 'comprador*', 'donante*', 'voluntari*', 'inquilino*', 'propietari*', 'profesor*', 'candidat*',
    'suscriptor*', 'lector*', 'jugador*', 'deportista*', 'participante*', 'familia*', 'niño*', 'entrenador*', 'socios', 'proveedor*',
    'vendedor*', 'viajero*', 'turista*', 'vecino*', 'comensal*', 'asistente*', 'médico*', 'agente*', 'autor*', 'organizador*', 'fan*',
  ],
  siteNouns: ['web', 'página web', 'sitio web', 'sitio', 'página', 'aplicación', 'app', 'plataforma', 'portal', 'tienda online', 'tienda en línea'],
  withWords: ['con', 'que incluya', 'que tenga', 'incluyendo', 'que ofrezca'],
  relatives: ['donde', 'en la que', 'en el que', 'en la cual', 'en el cual', 'desde la que', 'desde donde', 'que permita a', 'que permite a'],
  conjunctions: ['y', 'e', 'o', 'u', 'así como', 'además de'],
  subordinators: ['con', 'para', 'en', 'sin', 'por', 'desde', 'según', 'para que', 'porque', 'que', 'cuando', 'si', 'donde', 'aunque', 'pero', 'como', 'por ejemplo', 'es decir', 'mientras'],
  determiners: ['un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'su', 'sus', 'dos', 'tres', 'varios', 'varias', 'cada'],
  fillers: ['también', 'además', 'ademas', 'idealmente', 'sobre todo', 'fácilmente', 'luego'],
  negation: /(?:^|[\s,;(])(?:no\s+(?:necesitamos|queremos|hace\s+falta|es\s+necesari[oa]|buscamos|nos\s+interesa)|sin\s+(?:tienda|blog|pagos?)|ningún|ninguna)(?![\p{L}])/iu,
  selfDescription: /(?:^|\s)(?:desde\s+(?:19|20)\d\d|desde\s+hace|(?:hemos|he)\s+(?:fotografiado|servido|atendido|realizado|trabajado|ayudado|vendido|organizado|sido)|(?:nuestra|la)\s+web\s+(?:actual|antigua)|actualmente|ahora\s+mismo|hasta\s+ahora|fundad[oa]\s+en|somos\s+(?:un|una|el|la)\s|soy\s+(?:un|una)\s)(?![\p{L}])/iu,
  stativeVerbs: ['aman', 'adoran', 'son', 'eran', 'vienen', 'conocen', 'aprecian', 'suelen'],
  languageNames: ['español', 'castellano', 'inglés', 'ingles', 'alemán', 'francés', 'italiano', 'portugués', 'catalán', 'neerlandés', 'checo', 'polaco', 'ruso', 'árabe', 'chino'],
  withCase: false,
  actorCan: (actor, action) => `${upperFirstWord(actor)} pueden ${lowerFirstWord(action)}`,
  siteOffers: (item) => `La web ofrece ${lowerFirstWord(item)}`,
  looksLikeAction: (phrase) => /^\p{L}+(?:ar|er|ir)(?:se|la|lo|las|los)?(?![\p{L}])/u.test(phrase.trim()),
};
