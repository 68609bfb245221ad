import ar from '../../messages/ar.json';
import cs from '../../messages/cs.json';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import es from '../../messages/es.json';
import fr from '../../messages/fr.json';
import it from '../../messages/it.json';
import nl from '../../messages/nl.json';
import pl from '../../messages/pl.json';
import ru from '../../messages/ru.json';
import type { Locale } from './routing';

/** English is the source: every other catalogue must have its shape, so a missing key fails the type check. */
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, de, fr, it, es, nl, cs, pl, ru, ar };
