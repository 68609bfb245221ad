import type { Catalogue } from '../translator.ts';

/** The sign-in (magic link) email, in the language of the page it was asked from. */
export type SignInKey = 'subject' | 'body';

export const signInMessages: Catalogue<SignInKey> = {
  en: {
    subject: 'Your Statex sign-in link',
    body: 'Hello,\n\nOpen this link to sign in to Statex:\n{url}\n\nIt works once, until {expires}. If you did not ask for it, ignore this email.\n\nStatex',
  },
  de: {
    subject: 'Ihr Anmeldelink für Statex',
    body: 'Guten Tag,\n\nöffnen Sie diesen Link, um sich bei Statex anzumelden:\n{url}\n\nEr funktioniert einmal, bis {expires}. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.\n\nStatex',
  },
  fr: {
    subject: 'Votre lien de connexion à Statex',
    body: 'Bonjour,\n\nOuvrez ce lien pour vous connecter à Statex :\n{url}\n\nIl fonctionne une seule fois, jusqu’au {expires}. Si vous ne l’avez pas demandé, ignorez cet e-mail.\n\nStatex',
  },
  it: {
    subject: 'Il tuo link di accesso a Statex',
    body: 'Buongiorno,\n\napri questo link per accedere a Statex:\n{url}\n\nFunziona una sola volta, fino al {expires}. Se non l’hai richiesto, ignora questa email.\n\nStatex',
  },
  es: {
    subject: 'Tu enlace de acceso a Statex',
    body: 'Hola:\n\nabre este enlace para iniciar sesión en Statex:\n{url}\n\nFunciona una sola vez, hasta el {expires}. Si no lo has pedido, ignora este correo.\n\nStatex',
  },
  nl: {
    subject: 'Uw inloglink voor Statex',
    body: 'Hallo,\n\nOpen deze link om in te loggen bij Statex:\n{url}\n\nDe link werkt één keer, tot {expires}. Hebt u hem niet aangevraagd, negeer deze e-mail dan.\n\nStatex',
  },
  cs: {
    subject: 'Váš odkaz pro přihlášení do Statexu',
    body: 'Dobrý den,\n\notevřete tento odkaz a přihlaste se do Statexu:\n{url}\n\nFunguje jednou, do {expires}. Pokud jste o něj nežádali, tento e-mail ignorujte.\n\nStatex',
  },
  pl: {
    subject: 'Twój link do logowania w Statex',
    body: 'Dzień dobry,\n\notwórz ten link, aby zalogować się do Statex:\n{url}\n\nDziała jeden raz, do {expires}. Jeśli o niego nie prosiłeś, zignoruj tę wiadomość.\n\nStatex',
  },
  ru: {
    subject: 'Ваша ссылка для входа в Statex',
    body: 'Здравствуйте!\n\nОткройте эту ссылку, чтобы войти в Statex:\n{url}\n\nОна работает один раз, до {expires}. Если вы её не запрашивали, просто проигнорируйте это письмо.\n\nStatex',
  },
  ar: {
    subject: 'رابط تسجيل الدخول إلى Statex',
    body: 'مرحبًا،\n\nافتح هذا الرابط لتسجيل الدخول إلى Statex:\n{url}\n\nيعمل مرة واحدة فقط حتى {expires}. إذا لم تطلبه، فتجاهل هذه الرسالة.\n\nStatex',
  },
};
