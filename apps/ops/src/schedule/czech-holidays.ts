/**
 * Czech public holidays (zákon č. 245/2000 Sb.): fixed dates plus Good Friday (since 2016)
 * and Easter Monday, which move with Easter.
 */
const FIXED: readonly [string, string][] = [
  ['01-01', 'Restoration Day of the Independent Czech State; New Year'],
  ['05-01', 'Labour Day'],
  ['05-08', 'Liberation Day'],
  ['07-05', 'Saints Cyril and Methodius Day'],
  ['07-06', 'Jan Hus Day'],
  ['09-28', 'St. Wenceslas Day'],
  ['10-28', 'Independent Czechoslovak State Day'],
  ['11-17', 'Struggle for Freedom and Democracy Day'],
  ['12-24', 'Christmas Eve'],
  ['12-25', 'Christmas Day'],
  ['12-26', "St. Stephen's Day"],
];

export interface Holiday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  name: string;
}

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function czechPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = FIXED.map(([monthDay, name]) => ({ date: `${year}-${monthDay}`, name }));
  if (year >= 2016) holidays.push({ date: addDays(easter, -2), name: 'Good Friday' });
  holidays.push({ date: addDays(easter, 1), name: 'Easter Monday' });
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}
