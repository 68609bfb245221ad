import type { Catalogue } from '../translator.ts';

/** The prototype host's own pages: no prototype at an address, expired, not built yet, a missing page, an error. */
export type PageMessageKey =
  | 'notFoundTitle'
  | 'notFoundMessage'
  | 'expiredTitle'
  | 'expiredMessage'
  | 'notReadyTitle'
  | 'notReadyMessage'
  | 'pageMissingTitle'
  | 'pageMissingMessage'
  | 'errorTitle'
  | 'errorMessage';

export const PAGE_MESSAGES: Catalogue<PageMessageKey> = {
  en: {
    notFoundTitle: 'Prototype not found',
    notFoundMessage: 'There is no prototype at this address. Check the link in your email.',
    expiredTitle: 'This prototype has expired',
    expiredMessage: 'Prototypes are kept for a limited time. This one has been deleted, together with its brief and files.',
    notReadyTitle: 'Not ready yet',
    notReadyMessage: 'This prototype is still being built. It appears here as soon as it is published.',
    pageMissingTitle: 'Page not found',
    pageMissingMessage: 'This prototype has no page at this address. Go back to its home page and use the menu.',
    errorTitle: 'Something went wrong',
    errorMessage: 'This page could not be shown just now. Please try again in a minute.',
  },
  de: {
    notFoundTitle: 'Prototyp nicht gefunden',
    notFoundMessage: 'Unter dieser Adresse gibt es keinen Prototyp. Prüfen Sie den Link in Ihrer E-Mail.',
    expiredTitle: 'Dieser Prototyp ist abgelaufen',
    expiredMessage: 'Prototypen werden nur für begrenzte Zeit aufbewahrt. Dieser wurde samt Briefing und Dateien gelöscht.',
    notReadyTitle: 'Noch nicht fertig',
    notReadyMessage: 'Dieser Prototyp wird noch gebaut. Er erscheint hier, sobald er veröffentlicht ist.',
    pageMissingTitle: 'Seite nicht gefunden',
    pageMissingMessage: 'Unter dieser Adresse hat der Prototyp keine Seite. Gehen Sie zurück zur Startseite und nutzen Sie das Menü.',
    errorTitle: 'Etwas ist schiefgelaufen',
    errorMessage: 'Diese Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es in einer Minute noch einmal.',
  },
  fr: {
    notFoundTitle: 'Prototype introuvable',
    notFoundMessage: 'Il n’y a aucun prototype à cette adresse. Vérifiez le lien reçu par e-mail.',
    expiredTitle: 'Ce prototype a expiré',
    expiredMessage: 'Les prototypes sont conservés pendant une durée limitée. Celui-ci a été supprimé, avec son brief et ses fichiers.',
    notReadyTitle: 'Pas encore prêt',
    notReadyMessage: 'Ce prototype est encore en construction. Il apparaîtra ici dès sa publication.',
    pageMissingTitle: 'Page introuvable',
    pageMissingMessage: 'Ce prototype n’a pas de page à cette adresse. Revenez à sa page d’accueil et utilisez le menu.',
    errorTitle: 'Un problème est survenu',
    errorMessage: 'Cette page ne peut pas être affichée pour le moment. Réessayez dans une minute.',
  },
  it: {
    notFoundTitle: 'Prototipo non trovato',
    notFoundMessage: 'A questo indirizzo non c’è nessun prototipo. Controlla il link nella tua email.',
    expiredTitle: 'Questo prototipo è scaduto',
    expiredMessage: 'I prototipi vengono conservati per un periodo limitato. Questo è stato eliminato, insieme al brief e ai file.',
    notReadyTitle: 'Non ancora pronto',
    notReadyMessage: 'Questo prototipo è ancora in costruzione. Comparirà qui non appena sarà pubblicato.',
    pageMissingTitle: 'Pagina non trovata',
    pageMissingMessage: 'Questo prototipo non ha una pagina a questo indirizzo. Torna alla pagina iniziale e usa il menu.',
    errorTitle: 'Qualcosa è andato storto',
    errorMessage: 'Al momento non è possibile mostrare questa pagina. Riprova tra un minuto.',
  },
  es: {
    notFoundTitle: 'Prototipo no encontrado',
    notFoundMessage: 'No hay ningún prototipo en esta dirección. Revisa el enlace de tu correo.',
    expiredTitle: 'Este prototipo ha caducado',
    expiredMessage: 'Los prototipos se conservan durante un tiempo limitado. Este se ha eliminado junto con su brief y sus archivos.',
    notReadyTitle: 'Todavía no está listo',
    notReadyMessage: 'Este prototipo aún se está construyendo. Aparecerá aquí en cuanto se publique.',
    pageMissingTitle: 'Página no encontrada',
    pageMissingMessage: 'Este prototipo no tiene ninguna página en esta dirección. Vuelve a la página de inicio y usa el menú.',
    errorTitle: 'Algo salió mal',
    errorMessage: 'Ahora mismo no se puede mostrar esta página. Vuelve a intentarlo en un minuto.',
  },
  nl: {
    notFoundTitle: 'Prototype niet gevonden',
    notFoundMessage: 'Op dit adres staat geen prototype. Controleer de link in je e-mail.',
    expiredTitle: 'Dit prototype is verlopen',
    expiredMessage: 'Prototypes worden een beperkte tijd bewaard. Dit prototype is verwijderd, samen met de briefing en de bestanden.',
    notReadyTitle: 'Nog niet klaar',
    notReadyMessage: 'Dit prototype wordt nog gebouwd. Het verschijnt hier zodra het gepubliceerd is.',
    pageMissingTitle: 'Pagina niet gevonden',
    pageMissingMessage: 'Dit prototype heeft geen pagina op dit adres. Ga terug naar de startpagina en gebruik het menu.',
    errorTitle: 'Er ging iets mis',
    errorMessage: 'Deze pagina kan nu niet worden getoond. Probeer het over een minuut opnieuw.',
  },
  cs: {
    notFoundTitle: 'Prototyp nenalezen',
    notFoundMessage: 'Na této adrese žádný prototyp není. Zkontrolujte odkaz ve svém e-mailu.',
    expiredTitle: 'Platnost tohoto prototypu vypršela',
    expiredMessage: 'Prototypy uchováváme jen po omezenou dobu. Tento byl smazán i se zadáním a soubory.',
    notReadyTitle: 'Ještě není hotovo',
    notReadyMessage: 'Tento prototyp se ještě staví. Objeví se tady, jakmile bude zveřejněn.',
    pageMissingTitle: 'Stránka nenalezena',
    pageMissingMessage: 'Tento prototyp nemá na této adrese žádnou stránku. Vraťte se na jeho úvodní stránku a použijte menu.',
    errorTitle: 'Něco se pokazilo',
    errorMessage: 'Tuto stránku teď nelze zobrazit. Zkuste to prosím za minutu znovu.',
  },
  pl: {
    notFoundTitle: 'Nie znaleziono prototypu',
    notFoundMessage: 'Pod tym adresem nie ma żadnego prototypu. Sprawdź link w wiadomości e-mail.',
    expiredTitle: 'Ten prototyp wygasł',
    expiredMessage: 'Prototypy przechowujemy przez ograniczony czas. Ten został usunięty razem z briefem i plikami.',
    notReadyTitle: 'Jeszcze nie gotowe',
    notReadyMessage: 'Ten prototyp jest jeszcze budowany. Pojawi się tutaj, gdy tylko zostanie opublikowany.',
    pageMissingTitle: 'Nie znaleziono strony',
    pageMissingMessage: 'Ten prototyp nie ma strony pod tym adresem. Wróć na stronę główną i skorzystaj z menu.',
    errorTitle: 'Coś poszło nie tak',
    errorMessage: 'Nie można teraz wyświetlić tej strony. Spróbuj ponownie za minutę.',
  },
  ru: {
    notFoundTitle: 'Прототип не найден',
    notFoundMessage: 'По этому адресу нет прототипа. Проверьте ссылку в письме.',
    expiredTitle: 'Срок действия прототипа истёк',
    expiredMessage: 'Прототипы хранятся ограниченное время. Этот удалён вместе с брифом и файлами.',
    notReadyTitle: 'Ещё не готово',
    notReadyMessage: 'Этот прототип ещё собирается. Он появится здесь сразу после публикации.',
    pageMissingTitle: 'Страница не найдена',
    pageMissingMessage: 'У этого прототипа нет страницы по такому адресу. Вернитесь на главную страницу и воспользуйтесь меню.',
    errorTitle: 'Что-то пошло не так',
    errorMessage: 'Сейчас эту страницу не удаётся показать. Попробуйте ещё раз через минуту.',
  },
  ar: {
    notFoundTitle: 'لم يُعثر على النموذج الأولي',
    notFoundMessage: 'لا يوجد نموذج أولي على هذا العنوان. تحقّق من الرابط في بريدك الإلكتروني.',
    expiredTitle: 'انتهت صلاحية هذا النموذج الأولي',
    expiredMessage: 'نحتفظ بالنماذج الأولية لمدة محدودة. حُذف هذا النموذج مع موجزه وملفاته.',
    notReadyTitle: 'ليس جاهزًا بعد',
    notReadyMessage: 'ما زال هذا النموذج الأولي قيد البناء، وسيظهر هنا فور نشره.',
    pageMissingTitle: 'الصفحة غير موجودة',
    pageMissingMessage: 'لا توجد في هذا النموذج الأولي صفحة على هذا العنوان. عُد إلى صفحته الرئيسية واستخدم القائمة.',
    errorTitle: 'حدث خطأ',
    errorMessage: 'تعذّر عرض هذه الصفحة الآن. حاول مرة أخرى بعد دقيقة.',
  },
};
