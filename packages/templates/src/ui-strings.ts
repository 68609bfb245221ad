/** The few words the page chrome itself says, in the prototype's language (English otherwise). */
export interface UiStrings {
  skipToContent: string;
  mainNavigation: string;
  requirementsCovered: string;
  required: string;
  generated: string;
}

const STRINGS: Record<string, UiStrings> = {
  en: { skipToContent: 'Skip to content', mainNavigation: 'Main', requirementsCovered: 'Requirements covered on this page', required: 'required', generated: 'Generated' },
  ar: { skipToContent: 'انتقل إلى المحتوى', mainNavigation: 'الرئيسية', requirementsCovered: 'المتطلبات التي تغطيها هذه الصفحة', required: 'مطلوب', generated: 'تم الإنشاء' },
  de: { skipToContent: 'Zum Inhalt springen', mainNavigation: 'Hauptmenü', requirementsCovered: 'Auf dieser Seite abgedeckte Anforderungen', required: 'Pflichtfeld', generated: 'Erstellt' },
  es: { skipToContent: 'Saltar al contenido', mainNavigation: 'Principal', requirementsCovered: 'Requisitos cubiertos en esta página', required: 'obligatorio', generated: 'Generado' },
  fr: { skipToContent: 'Aller au contenu', mainNavigation: 'Principale', requirementsCovered: 'Exigences couvertes par cette page', required: 'obligatoire', generated: 'Généré' },
  ru: { skipToContent: 'Перейти к содержимому', mainNavigation: 'Основное меню', requirementsCovered: 'Требования, покрытые этой страницей', required: 'обязательно', generated: 'Создано' },
};

export function uiStrings(locale: string): UiStrings {
  return STRINGS[locale.slice(0, 2)] ?? (STRINGS.en as UiStrings);
}
