/**
 * The prototype's own words (navigation, headings, placeholders) per language. Requirement texts
 * stay in the language they were stated in; only this frame is translated. Missing languages fall
 * back to English.
 */
export interface SiteLabels {
  nav: Record<'home' | 'about' | 'menu' | 'services' | 'shop' | 'pricing' | 'gallery' | 'blog' | 'faq' | 'booking' | 'contact' | 'privacy' | 'more', string>;
  welcome: (title: string) => string;
  offersHeading: string;
  moreHeading: string;
  aboutHeading: string;
  aboutPlaceholder: string;
  menuHeading: string;
  menuColumns: [string, string, string];
  menuRow: (n: number) => [string, string, string];
  servicesHeading: string;
  service: (n: number) => string;
  servicePlaceholder: string;
  productsHeading: string;
  product: (n: number) => string;
  orderHeading: string;
  orderText: string;
  orderAction: string;
  pricingHeading: string;
  plans: [string, string, string];
  priceOnRequest: string;
  planFeature: string;
  galleryHeading: string;
  photo: (n: number) => string;
  blogHeading: string;
  post: (n: number) => string;
  postText: string;
  faqHeading: string;
  question: (n: number) => string;
  answer: string;
  testimonialsHeading: string;
  quote: string;
  author: (n: number) => string;
  newsletterHeading: string;
  newsletterText: string;
  subscribe: string;
  subscribed: string;
  bookingHeading: string;
  bookingText: string;
  bookingSubmit: string;
  bookingSuccess: string;
  bookAction: string;
  contactHeading: string;
  contactText: string;
  contactSubmit: string;
  contactSuccess: string;
  contactAction: string;
  ctaHeading: string;
  ctaText: string;
  seeOffers: string;
  visitHeading: string;
  addressPlaceholder: string;
  hoursHeading: string;
  hoursColumns: [string, string];
  hoursRows: string[][];
  privacyHeading: string;
  privacyParagraphs: (eu: boolean, enhanced: boolean) => string[];
  fields: Record<'name' | 'email' | 'phone' | 'date' | 'time' | 'guests' | 'service' | 'eventDate' | 'message', string>;
  pageDescription: (page: string, title: string) => string;
}

const en: SiteLabels = {
  nav: { home: 'Home', about: 'About', menu: 'Menu', services: 'Services', shop: 'Shop', pricing: 'Prices', gallery: 'Gallery', blog: 'News', faq: 'FAQ', booking: 'Book', contact: 'Contact', privacy: 'Privacy', more: 'More' },
  welcome: (title) => `Welcome to ${title}`,
  offersHeading: 'What this site offers',
  moreHeading: 'More of what this site offers',
  aboutHeading: 'About us',
  aboutPlaceholder: 'Our story, told in a few paragraphs: to be supplied.',
  menuHeading: 'Menu',
  menuColumns: ['Dish', 'Description', 'Price'],
  menuRow: (n) => [`Dish ${n}`, 'Short description', '—'],
  servicesHeading: 'Services',
  service: (n) => `Service ${n}`,
  servicePlaceholder: 'A short description of this service.',
  productsHeading: 'Products',
  product: (n) => `Product ${n}`,
  orderHeading: 'Order',
  orderText: 'Choose your products and send us your order.',
  orderAction: 'Order now',
  pricingHeading: 'Prices',
  plans: ['Basic', 'Standard', 'Premium'],
  priceOnRequest: 'On request',
  planFeature: 'Details to be supplied',
  galleryHeading: 'Gallery',
  photo: (n) => `Photo ${n}`,
  blogHeading: 'News',
  post: (n) => `Article ${n}`,
  postText: 'A short summary of the article.',
  faqHeading: 'Frequently asked questions',
  question: (n) => `Question ${n}?`,
  answer: 'The answer, to be supplied.',
  testimonialsHeading: 'What our customers say',
  quote: 'A customer review, to be supplied.',
  author: (n) => `Customer ${n}`,
  newsletterHeading: 'Newsletter',
  newsletterText: 'Get our news by email.',
  subscribe: 'Subscribe',
  subscribed: 'Thank you for subscribing.',
  bookingHeading: 'Book online',
  bookingText: 'Send us your preferred date and the details of your booking.',
  bookingSubmit: 'Send booking request',
  bookingSuccess: 'Thank you! Your booking request has been received.',
  bookAction: 'Book now',
  contactHeading: 'Contact us',
  contactText: 'Write to us and we will get back to you.',
  contactSubmit: 'Send message',
  contactSuccess: 'Thank you! Your message has been received.',
  contactAction: 'Contact us',
  ctaHeading: 'Get in touch',
  ctaText: 'We look forward to hearing from you.',
  seeOffers: 'See what we offer',
  visitHeading: 'Visit us',
  addressPlaceholder: 'Address and directions: to be supplied.',
  hoursHeading: 'Opening hours',
  hoursColumns: ['Day', 'Hours'],
  hoursRows: [['Monday – Friday', '—'], ['Saturday', '—'], ['Sunday', '—']],
  privacyHeading: 'Privacy',
  privacyParagraphs: (eu, enhanced) => [
    'This notice explains which personal data the site collects through its forms, why, and for how long.',
    ...(eu ? ['Data is processed in the European Union under the GDPR. You may ask for access, correction or deletion at any time.'] : []),
    ...(enhanced ? ['The site uses no analytics and loads nothing from third parties; form submissions are deleted once handled.'] : []),
  ],
  fields: { name: 'Name', email: 'Email', phone: 'Phone', date: 'Date', time: 'Preferred time', guests: 'Number of guests', service: 'Service', eventDate: 'Event date', message: 'Message' },
  pageDescription: (page, title) => `${page} — ${title}`,
};

const de: SiteLabels = {
  ...en,
  nav: { home: 'Start', about: 'Über uns', menu: 'Speisekarte', services: 'Leistungen', shop: 'Shop', pricing: 'Preise', gallery: 'Galerie', blog: 'Aktuelles', faq: 'FAQ', booking: 'Buchen', contact: 'Kontakt', privacy: 'Datenschutz', more: 'Mehr' },
  welcome: (title) => `Willkommen bei ${title}`,
  offersHeading: 'Was diese Website bietet',
  moreHeading: 'Mehr, was diese Website bietet',
  aboutHeading: 'Über uns',
  aboutPlaceholder: 'Unsere Geschichte in wenigen Absätzen: folgt.',
  menuHeading: 'Speisekarte',
  menuColumns: ['Gericht', 'Beschreibung', 'Preis'],
  menuRow: (n) => [`Gericht ${n}`, 'Kurze Beschreibung', '—'],
  servicesHeading: 'Leistungen',
  service: (n) => `Leistung ${n}`,
  servicePlaceholder: 'Eine kurze Beschreibung dieser Leistung.',
  productsHeading: 'Produkte',
  product: (n) => `Produkt ${n}`,
  orderHeading: 'Bestellen',
  orderText: 'Wählen Sie Ihre Produkte und senden Sie uns Ihre Bestellung.',
  orderAction: 'Jetzt bestellen',
  pricingHeading: 'Preise',
  priceOnRequest: 'Auf Anfrage',
  planFeature: 'Details folgen',
  galleryHeading: 'Galerie',
  photo: (n) => `Foto ${n}`,
  blogHeading: 'Aktuelles',
  post: (n) => `Artikel ${n}`,
  postText: 'Eine kurze Zusammenfassung des Artikels.',
  faqHeading: 'Häufige Fragen',
  question: (n) => `Frage ${n}?`,
  answer: 'Die Antwort folgt.',
  testimonialsHeading: 'Das sagen unsere Kunden',
  quote: 'Eine Kundenbewertung folgt.',
  author: (n) => `Kunde ${n}`,
  newsletterText: 'Unsere Neuigkeiten per E-Mail.',
  subscribe: 'Abonnieren',
  subscribed: 'Danke für Ihre Anmeldung.',
  bookingHeading: 'Online buchen',
  bookingText: 'Senden Sie uns Ihr Wunschdatum und die Details Ihrer Buchung.',
  bookingSubmit: 'Buchungsanfrage senden',
  bookingSuccess: 'Danke! Ihre Buchungsanfrage ist eingegangen.',
  bookAction: 'Jetzt buchen',
  contactHeading: 'Kontakt',
  contactText: 'Schreiben Sie uns, wir melden uns bei Ihnen.',
  contactSubmit: 'Nachricht senden',
  contactSuccess: 'Danke! Ihre Nachricht ist eingegangen.',
  contactAction: 'Kontakt aufnehmen',
  ctaHeading: 'Kontakt aufnehmen',
  ctaText: 'Wir freuen uns auf Ihre Nachricht.',
  seeOffers: 'Unser Angebot',
  visitHeading: 'Besuchen Sie uns',
  addressPlaceholder: 'Adresse und Anfahrt: folgt.',
  hoursHeading: 'Öffnungszeiten',
  hoursColumns: ['Tag', 'Zeiten'],
  hoursRows: [['Montag – Freitag', '—'], ['Samstag', '—'], ['Sonntag', '—']],
  privacyHeading: 'Datenschutz',
  privacyParagraphs: (eu, enhanced) => [
    'Dieser Hinweis erklärt, welche personenbezogenen Daten die Website über ihre Formulare erhebt, wozu und wie lange.',
    ...(eu ? ['Die Daten werden in der Europäischen Union gemäß DSGVO verarbeitet. Sie können jederzeit Auskunft, Berichtigung oder Löschung verlangen.'] : []),
    ...(enhanced ? ['Die Website verwendet keine Analyse und lädt nichts von Dritten; Formulareingaben werden nach Bearbeitung gelöscht.'] : []),
  ],
  fields: { name: 'Name', email: 'E-Mail', phone: 'Telefon', date: 'Datum', time: 'Gewünschte Uhrzeit', guests: 'Anzahl der Gäste', service: 'Leistung', eventDate: 'Datum der Veranstaltung', message: 'Nachricht' },
};

const ar: SiteLabels = {
  ...en,
  nav: { home: 'الرئيسية', about: 'من نحن', menu: 'قائمة الطعام', services: 'الخدمات', shop: 'المتجر', pricing: 'الأسعار', gallery: 'معرض الصور', blog: 'الأخبار', faq: 'الأسئلة الشائعة', booking: 'الحجز', contact: 'اتصل بنا', privacy: 'الخصوصية', more: 'المزيد' },
  welcome: (title) => `مرحبًا بكم في ${title}`,
  offersHeading: 'ما يقدمه هذا الموقع',
  moreHeading: 'المزيد مما يقدمه هذا الموقع',
  aboutHeading: 'من نحن',
  aboutPlaceholder: 'قصتنا في بضع فقرات: سيتم تزويدها لاحقًا.',
  menuHeading: 'قائمة الطعام',
  menuColumns: ['الطبق', 'الوصف', 'السعر'],
  menuRow: (n) => [`الطبق ${n}`, 'وصف قصير', '—'],
  servicesHeading: 'الخدمات',
  service: (n) => `الخدمة ${n}`,
  servicePlaceholder: 'وصف قصير لهذه الخدمة.',
  productsHeading: 'المنتجات',
  product: (n) => `المنتج ${n}`,
  orderHeading: 'اطلب الآن',
  orderText: 'اختر منتجاتك وأرسل لنا طلبك.',
  orderAction: 'اطلب الآن',
  pricingHeading: 'الأسعار',
  plans: ['أساسي', 'قياسي', 'مميز'],
  priceOnRequest: 'عند الطلب',
  planFeature: 'التفاصيل لاحقًا',
  galleryHeading: 'معرض الصور',
  photo: (n) => `صورة ${n}`,
  blogHeading: 'الأخبار',
  post: (n) => `مقال ${n}`,
  postText: 'ملخص قصير للمقال.',
  faqHeading: 'الأسئلة الشائعة',
  question: (n) => `السؤال ${n}؟`,
  answer: 'الإجابة لاحقًا.',
  testimonialsHeading: 'آراء عملائنا',
  quote: 'رأي أحد العملاء لاحقًا.',
  author: (n) => `العميل ${n}`,
  newsletterHeading: 'النشرة البريدية',
  newsletterText: 'تصلك أخبارنا عبر البريد الإلكتروني.',
  subscribe: 'اشترك',
  subscribed: 'شكرًا لاشتراكك.',
  bookingHeading: 'احجز عبر الإنترنت',
  bookingText: 'أرسل لنا التاريخ المفضل وتفاصيل الحجز.',
  bookingSubmit: 'إرسال طلب الحجز',
  bookingSuccess: 'شكرًا! تم استلام طلب الحجز.',
  bookAction: 'احجز الآن',
  contactHeading: 'اتصل بنا',
  contactText: 'راسلنا وسنعود إليك.',
  contactSubmit: 'إرسال الرسالة',
  contactSuccess: 'شكرًا! تم استلام رسالتك.',
  contactAction: 'اتصل بنا',
  ctaHeading: 'تواصل معنا',
  ctaText: 'يسعدنا أن نسمع منك.',
  seeOffers: 'اكتشف ما نقدمه',
  visitHeading: 'زورونا',
  addressPlaceholder: 'العنوان والاتجاهات: لاحقًا.',
  hoursHeading: 'ساعات العمل',
  hoursColumns: ['اليوم', 'الساعات'],
  hoursRows: [['الأحد – الخميس', '—'], ['الجمعة', '—'], ['السبت', '—']],
  privacyHeading: 'الخصوصية',
  privacyParagraphs: (eu, enhanced) => [
    'يوضح هذا الإشعار البيانات الشخصية التي يجمعها الموقع عبر نماذجه، ولماذا، ولأي مدة.',
    ...(eu ? ['تتم معالجة البيانات داخل الاتحاد الأوروبي وفق اللائحة العامة لحماية البيانات.'] : []),
    ...(enhanced ? ['لا يستخدم الموقع أدوات تحليل ولا يحمّل أي محتوى من أطراف ثالثة.'] : []),
  ],
  fields: { name: 'الاسم', email: 'البريد الإلكتروني', phone: 'الهاتف', date: 'التاريخ', time: 'الوقت المفضل', guests: 'عدد الضيوف', service: 'الخدمة', eventDate: 'تاريخ المناسبة', message: 'الرسالة' },
};

const LABELS: Record<string, SiteLabels> = { en, de, ar };

export function siteLabels(locale: string): SiteLabels {
  return LABELS[locale.slice(0, 2)] ?? en;
}
