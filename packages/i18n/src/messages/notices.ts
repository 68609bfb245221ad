import type { Catalogue } from '../translator.ts';

/**
 * Notices the pipeline gives the customer about their inputs (shown on the status page and stored
 * with the request), and the line that stands for an uploaded image once a model has described it.
 * `{file}` is the customer's file name, already made safe to show; `{files}` a list of them.
 */
export type NoticeKey =
  | 'voiceNotConfigured'
  | 'voiceNoAnswer'
  | 'fileTruncated'
  | 'documentsCondensed'
  | 'imageShows'
  | 'filePdfPassword'
  | 'filePdfDamaged'
  | 'fileDocxProtected'
  | 'fileDocxDamaged'
  | 'fileEncoding'
  | 'fileUnreadable'
  | 'fileTooComplex';

export const NOTICE_MESSAGES: Catalogue<NoticeKey> = {
  en: {
    voiceNotConfigured: 'Your voice note “{file}” was not transcribed: no transcription service is set up, so the prototype was built from your text and documents.',
    voiceNoAnswer: 'Your voice note “{file}” was not transcribed: the transcription service did not answer, so the prototype was built from your text and documents.',
    fileTruncated: 'Only the first part of “{file}” was used: the document is very long.',
    documentsCondensed: 'Long documents were condensed to their statements of need before the AI model read them: {files}.',
    imageShows: 'Image "{file}" shows: {description}',
    filePdfPassword: 'We could not read “{file}”: the PDF is password-protected. Save a copy without the password and send it with your modification. The rest of your brief was used.',
    filePdfDamaged: 'We could not read “{file}”: the PDF is damaged or incomplete. The rest of your brief was used.',
    fileDocxProtected: 'We could not read “{file}”: the document is password-protected or in the old .doc format. Save it as an unprotected .docx. The rest of your brief was used.',
    fileDocxDamaged: 'We could not read “{file}”: the Word document is damaged or not a valid .docx. The rest of your brief was used.',
    fileEncoding: 'We could not read “{file}”: the text is not saved as UTF-8. The rest of your brief was used.',
    fileUnreadable: 'We could not read any text in “{file}”. The rest of your brief was used.',
    fileTooComplex: 'We could not read “{file}”: it is too complex to read safely. Send a simpler export, such as a shorter PDF or the text itself. The rest of your brief was used.',
  },
  de: {
    voiceNotConfigured: 'Ihre Sprachnachricht „{file}“ wurde nicht transkribiert: Es ist kein Transkriptionsdienst eingerichtet. Der Prototyp entstand deshalb aus Ihrem Text und Ihren Dokumenten.',
    voiceNoAnswer: 'Ihre Sprachnachricht „{file}“ wurde nicht transkribiert: Der Transkriptionsdienst hat nicht geantwortet. Der Prototyp entstand deshalb aus Ihrem Text und Ihren Dokumenten.',
    fileTruncated: 'Von „{file}“ wurde nur der erste Teil verwendet: Das Dokument ist sehr lang.',
    documentsCondensed: 'Lange Dokumente wurden auf ihre Anforderungen gekürzt, bevor das KI-Modell sie las: {files}.',
    imageShows: 'Bild „{file}“ zeigt: {description}',
    filePdfPassword: '„{file}“ konnte nicht gelesen werden: Das PDF ist passwortgeschützt. Speichern Sie eine Kopie ohne Passwort und senden Sie sie mit Ihrer Änderung. Der Rest Ihres Briefings wurde verwendet.',
    filePdfDamaged: '„{file}“ konnte nicht gelesen werden: Das PDF ist beschädigt oder unvollständig. Der Rest Ihres Briefings wurde verwendet.',
    fileDocxProtected: '„{file}“ konnte nicht gelesen werden: Das Dokument ist passwortgeschützt oder im alten .doc-Format. Speichern Sie es als ungeschützte .docx-Datei. Der Rest Ihres Briefings wurde verwendet.',
    fileDocxDamaged: '„{file}“ konnte nicht gelesen werden: Das Word-Dokument ist beschädigt oder keine gültige .docx-Datei. Der Rest Ihres Briefings wurde verwendet.',
    fileEncoding: '„{file}“ konnte nicht gelesen werden: Der Text ist nicht als UTF-8 gespeichert. Der Rest Ihres Briefings wurde verwendet.',
    fileUnreadable: 'In „{file}“ war kein lesbarer Text. Der Rest Ihres Briefings wurde verwendet.',
    fileTooComplex: '„{file}“ konnte nicht gelesen werden: Die Datei ist zu komplex, um sie sicher zu lesen. Senden Sie einen einfacheren Export, etwa ein kürzeres PDF oder den Text selbst. Der Rest Ihres Briefings wurde verwendet.',
  },
  fr: {
    voiceNotConfigured: 'Votre message vocal « {file} » n’a pas été transcrit : aucun service de transcription n’est configuré. Le prototype a donc été construit à partir de votre texte et de vos documents.',
    voiceNoAnswer: 'Votre message vocal « {file} » n’a pas été transcrit : le service de transcription n’a pas répondu. Le prototype a donc été construit à partir de votre texte et de vos documents.',
    fileTruncated: 'Seule la première partie de « {file} » a été utilisée : le document est très long.',
    documentsCondensed: 'Les documents longs ont été réduits à leurs besoins exprimés avant d’être lus par le modèle d’IA : {files}.',
    imageShows: 'L’image « {file} » montre : {description}',
    filePdfPassword: 'Impossible de lire « {file} » : le PDF est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe et joignez-la à votre modification. Le reste de votre brief a été utilisé.',
    filePdfDamaged: 'Impossible de lire « {file} » : le PDF est endommagé ou incomplet. Le reste de votre brief a été utilisé.',
    fileDocxProtected: 'Impossible de lire « {file} » : le document est protégé par un mot de passe ou au format .doc ancien. Enregistrez-le en .docx non protégé. Le reste de votre brief a été utilisé.',
    fileDocxDamaged: 'Impossible de lire « {file} » : le document Word est endommagé ou n’est pas un .docx valide. Le reste de votre brief a été utilisé.',
    fileEncoding: 'Impossible de lire « {file} » : le texte n’est pas enregistré en UTF-8. Le reste de votre brief a été utilisé.',
    fileUnreadable: 'Aucun texte lisible dans « {file} ». Le reste de votre brief a été utilisé.',
    fileTooComplex: 'Impossible de lire « {file} » : le fichier est trop complexe pour être lu en toute sécurité. Envoyez un export plus simple, par exemple un PDF plus court ou le texte lui-même. Le reste de votre brief a été utilisé.',
  },
  it: {
    voiceNotConfigured: 'Il tuo messaggio vocale «{file}» non è stato trascritto: non è configurato alcun servizio di trascrizione, quindi il prototipo è stato costruito dal tuo testo e dai tuoi documenti.',
    voiceNoAnswer: 'Il tuo messaggio vocale «{file}» non è stato trascritto: il servizio di trascrizione non ha risposto, quindi il prototipo è stato costruito dal tuo testo e dai tuoi documenti.',
    fileTruncated: 'Di «{file}» è stata usata solo la prima parte: il documento è molto lungo.',
    documentsCondensed: 'I documenti lunghi sono stati ridotti alle loro esigenze prima che il modello di IA li leggesse: {files}.',
    imageShows: 'L’immagine «{file}» mostra: {description}',
    filePdfPassword: 'Non siamo riusciti a leggere «{file}»: il PDF è protetto da password. Salvane una copia senza password e inviala con la tua modifica. Il resto del brief è stato usato.',
    filePdfDamaged: 'Non siamo riusciti a leggere «{file}»: il PDF è danneggiato o incompleto. Il resto del brief è stato usato.',
    fileDocxProtected: 'Non siamo riusciti a leggere «{file}»: il documento è protetto da password o nel vecchio formato .doc. Salvalo come .docx non protetto. Il resto del brief è stato usato.',
    fileDocxDamaged: 'Non siamo riusciti a leggere «{file}»: il documento Word è danneggiato o non è un .docx valido. Il resto del brief è stato usato.',
    fileEncoding: 'Non siamo riusciti a leggere «{file}»: il testo non è salvato in UTF-8. Il resto del brief è stato usato.',
    fileUnreadable: 'In «{file}» non c’era testo leggibile. Il resto del brief è stato usato.',
    fileTooComplex: 'Non siamo riusciti a leggere «{file}»: il file è troppo complesso per essere letto in sicurezza. Invia un’esportazione più semplice, per esempio un PDF più breve o il testo stesso. Il resto del brief è stato usato.',
  },
  es: {
    voiceNotConfigured: 'Tu nota de voz «{file}» no se transcribió: no hay ningún servicio de transcripción configurado, así que el prototipo se construyó con tu texto y tus documentos.',
    voiceNoAnswer: 'Tu nota de voz «{file}» no se transcribió: el servicio de transcripción no respondió, así que el prototipo se construyó con tu texto y tus documentos.',
    fileTruncated: 'De «{file}» solo se usó la primera parte: el documento es muy largo.',
    documentsCondensed: 'Los documentos largos se resumieron en sus necesidades antes de que los leyera el modelo de IA: {files}.',
    imageShows: 'La imagen «{file}» muestra: {description}',
    filePdfPassword: 'No pudimos leer «{file}»: el PDF está protegido con contraseña. Guarda una copia sin contraseña y envíala con tu cambio. Se usó el resto de tu brief.',
    filePdfDamaged: 'No pudimos leer «{file}»: el PDF está dañado o incompleto. Se usó el resto de tu brief.',
    fileDocxProtected: 'No pudimos leer «{file}»: el documento está protegido con contraseña o en el antiguo formato .doc. Guárdalo como .docx sin protección. Se usó el resto de tu brief.',
    fileDocxDamaged: 'No pudimos leer «{file}»: el documento de Word está dañado o no es un .docx válido. Se usó el resto de tu brief.',
    fileEncoding: 'No pudimos leer «{file}»: el texto no está guardado en UTF-8. Se usó el resto de tu brief.',
    fileUnreadable: 'No encontramos texto legible en «{file}». Se usó el resto de tu brief.',
    fileTooComplex: 'No pudimos leer «{file}»: el archivo es demasiado complejo para leerlo de forma segura. Envía una exportación más sencilla, como un PDF más corto o el propio texto. Se usó el resto de tu brief.',
  },
  nl: {
    voiceNotConfigured: 'Je spraakbericht ‘{file}’ is niet uitgeschreven: er is geen transcriptiedienst ingesteld, dus het prototype is gebouwd op basis van je tekst en documenten.',
    voiceNoAnswer: 'Je spraakbericht ‘{file}’ is niet uitgeschreven: de transcriptiedienst reageerde niet, dus het prototype is gebouwd op basis van je tekst en documenten.',
    fileTruncated: 'Van ‘{file}’ is alleen het eerste deel gebruikt: het document is erg lang.',
    documentsCondensed: 'Lange documenten zijn ingekort tot hun wensen voordat het AI-model ze las: {files}.',
    imageShows: 'Afbeelding ‘{file}’ toont: {description}',
    filePdfPassword: 'We konden ‘{file}’ niet lezen: de pdf is met een wachtwoord beveiligd. Sla een kopie zonder wachtwoord op en stuur die mee met je wijziging. De rest van je briefing is gebruikt.',
    filePdfDamaged: 'We konden ‘{file}’ niet lezen: de pdf is beschadigd of onvolledig. De rest van je briefing is gebruikt.',
    fileDocxProtected: 'We konden ‘{file}’ niet lezen: het document is met een wachtwoord beveiligd of in het oude .doc-formaat. Sla het op als onbeveiligd .docx-bestand. De rest van je briefing is gebruikt.',
    fileDocxDamaged: 'We konden ‘{file}’ niet lezen: het Word-document is beschadigd of geen geldig .docx-bestand. De rest van je briefing is gebruikt.',
    fileEncoding: 'We konden ‘{file}’ niet lezen: de tekst is niet als UTF-8 opgeslagen. De rest van je briefing is gebruikt.',
    fileUnreadable: 'In ‘{file}’ stond geen leesbare tekst. De rest van je briefing is gebruikt.',
    fileTooComplex: 'We konden ‘{file}’ niet lezen: het bestand is te complex om veilig te lezen. Stuur een eenvoudigere export, zoals een kortere pdf of de tekst zelf. De rest van je briefing is gebruikt.',
  },
  cs: {
    voiceNotConfigured: 'Vaši hlasovou zprávu „{file}“ jsme nepřepsali: není nastavena žádná služba pro přepis, prototyp proto vznikl z vašeho textu a dokumentů.',
    voiceNoAnswer: 'Vaši hlasovou zprávu „{file}“ jsme nepřepsali: služba pro přepis neodpověděla, prototyp proto vznikl z vašeho textu a dokumentů.',
    fileTruncated: 'Z „{file}“ jsme použili jen první část: dokument je velmi dlouhý.',
    documentsCondensed: 'Dlouhé dokumenty jsme před předáním modelu AI zkrátili na jejich požadavky: {files}.',
    imageShows: 'Obrázek „{file}“ zachycuje: {description}',
    filePdfPassword: 'Soubor „{file}“ se nepodařilo přečíst: PDF je chráněné heslem. Uložte si kopii bez hesla a pošlete ji se svou změnou. Zbytek zadání jsme použili.',
    filePdfDamaged: 'Soubor „{file}“ se nepodařilo přečíst: PDF je poškozené nebo neúplné. Zbytek zadání jsme použili.',
    fileDocxProtected: 'Soubor „{file}“ se nepodařilo přečíst: dokument je chráněný heslem nebo ve starém formátu .doc. Uložte jej jako nechráněný .docx. Zbytek zadání jsme použili.',
    fileDocxDamaged: 'Soubor „{file}“ se nepodařilo přečíst: dokument Wordu je poškozený nebo to není platný .docx. Zbytek zadání jsme použili.',
    fileEncoding: 'Soubor „{file}“ se nepodařilo přečíst: text není uložen v kódování UTF-8. Zbytek zadání jsme použili.',
    fileUnreadable: 'V souboru „{file}“ jsme nenašli žádný čitelný text. Zbytek zadání jsme použili.',
    fileTooComplex: 'Soubor „{file}“ se nepodařilo přečíst: je příliš složitý na to, abychom ho přečetli bezpečně. Pošlete jednodušší export, třeba kratší PDF nebo přímo text. Zbytek zadání jsme použili.',
  },
  pl: {
    voiceNotConfigured: 'Twoja notatka głosowa „{file}” nie została przepisana: nie skonfigurowano usługi transkrypcji, więc prototyp powstał z Twojego tekstu i dokumentów.',
    voiceNoAnswer: 'Twoja notatka głosowa „{file}” nie została przepisana: usługa transkrypcji nie odpowiedziała, więc prototyp powstał z Twojego tekstu i dokumentów.',
    fileTruncated: 'Z pliku „{file}” wykorzystaliśmy tylko pierwszą część: dokument jest bardzo długi.',
    documentsCondensed: 'Długie dokumenty skróciliśmy do zawartych w nich wymagań, zanim przeczytał je model AI: {files}.',
    imageShows: 'Obraz „{file}” przedstawia: {description}',
    filePdfPassword: 'Nie udało się odczytać pliku „{file}”: PDF jest chroniony hasłem. Zapisz kopię bez hasła i wyślij ją razem ze zmianą. Pozostałą część briefu wykorzystaliśmy.',
    filePdfDamaged: 'Nie udało się odczytać pliku „{file}”: PDF jest uszkodzony lub niekompletny. Pozostałą część briefu wykorzystaliśmy.',
    fileDocxProtected: 'Nie udało się odczytać pliku „{file}”: dokument jest chroniony hasłem albo zapisany w starym formacie .doc. Zapisz go jako niechroniony plik .docx. Pozostałą część briefu wykorzystaliśmy.',
    fileDocxDamaged: 'Nie udało się odczytać pliku „{file}”: dokument Word jest uszkodzony lub nie jest poprawnym plikiem .docx. Pozostałą część briefu wykorzystaliśmy.',
    fileEncoding: 'Nie udało się odczytać pliku „{file}”: tekst nie jest zapisany w UTF-8. Pozostałą część briefu wykorzystaliśmy.',
    fileUnreadable: 'W pliku „{file}” nie było czytelnego tekstu. Pozostałą część briefu wykorzystaliśmy.',
    fileTooComplex: 'Nie udało się odczytać pliku „{file}”: jest zbyt złożony, by bezpiecznie go odczytać. Wyślij prostszy eksport, na przykład krótszy PDF albo sam tekst. Pozostałą część briefu wykorzystaliśmy.',
  },
  ru: {
    voiceNotConfigured: 'Голосовое сообщение «{file}» не расшифровано: сервис распознавания речи не настроен, поэтому прототип собран по вашему тексту и документам.',
    voiceNoAnswer: 'Голосовое сообщение «{file}» не расшифровано: сервис распознавания речи не ответил, поэтому прототип собран по вашему тексту и документам.',
    fileTruncated: 'Из файла «{file}» использована только первая часть: документ очень длинный.',
    documentsCondensed: 'Длинные документы перед передачей модели ИИ сокращены до сформулированных в них потребностей: {files}.',
    imageShows: 'На изображении «{file}»: {description}',
    filePdfPassword: 'Не удалось прочитать «{file}»: PDF защищён паролем. Сохраните копию без пароля и отправьте её вместе с изменением. Остальная часть брифа использована.',
    filePdfDamaged: 'Не удалось прочитать «{file}»: PDF повреждён или неполон. Остальная часть брифа использована.',
    fileDocxProtected: 'Не удалось прочитать «{file}»: документ защищён паролем или сохранён в старом формате .doc. Сохраните его как незащищённый .docx. Остальная часть брифа использована.',
    fileDocxDamaged: 'Не удалось прочитать «{file}»: документ Word повреждён или не является корректным .docx. Остальная часть брифа использована.',
    fileEncoding: 'Не удалось прочитать «{file}»: текст сохранён не в UTF-8. Остальная часть брифа использована.',
    fileUnreadable: 'В файле «{file}» нет читаемого текста. Остальная часть брифа использована.',
    fileTooComplex: 'Не удалось прочитать «{file}»: файл слишком сложен, чтобы безопасно его прочитать. Пришлите более простой экспорт, например более короткий PDF или сам текст. Остальная часть брифа использована.',
  },
  ar: {
    voiceNotConfigured: 'لم نفرّغ رسالتك الصوتية «{file}» نصيًا: لا توجد خدمة تفريغ مُعدّة، لذلك بُني النموذج الأولي من نصّك ومستنداتك.',
    voiceNoAnswer: 'لم نفرّغ رسالتك الصوتية «{file}» نصيًا: لم تستجب خدمة التفريغ، لذلك بُني النموذج الأولي من نصّك ومستنداتك.',
    fileTruncated: 'استخدمنا الجزء الأول فقط من «{file}»: المستند طويل جدًا.',
    documentsCondensed: 'اختصرنا المستندات الطويلة إلى ما فيها من احتياجات قبل أن يقرأها نموذج الذكاء الاصطناعي: {files}.',
    imageShows: 'تُظهر الصورة «{file}»: {description}',
    filePdfPassword: 'تعذّرت قراءة «{file}»: ملف PDF محميّ بكلمة مرور. احفظ نسخة بلا كلمة مرور وأرسلها مع تعديلك. استخدمنا بقية موجزك.',
    filePdfDamaged: 'تعذّرت قراءة «{file}»: ملف PDF تالف أو غير مكتمل. استخدمنا بقية موجزك.',
    fileDocxProtected: 'تعذّرت قراءة «{file}»: المستند محميّ بكلمة مرور أو بصيغة ‎.doc القديمة. احفظه بصيغة ‎.docx غير محمية. استخدمنا بقية موجزك.',
    fileDocxDamaged: 'تعذّرت قراءة «{file}»: مستند Word تالف أو ليس ملف ‎.docx صالحًا. استخدمنا بقية موجزك.',
    fileEncoding: 'تعذّرت قراءة «{file}»: النص غير محفوظ بترميز UTF-8. استخدمنا بقية موجزك.',
    fileUnreadable: 'لم نجد نصًا مقروءًا في «{file}». استخدمنا بقية موجزك.',
    fileTooComplex: 'تعذّرت قراءة «{file}»: الملف معقّد أكثر من أن يُقرأ بأمان. أرسل نسخة أبسط، مثل ملف PDF أقصر أو النص نفسه. استخدمنا بقية موجزك.',
  },
};
