// Calendar dates as whole day numbers (days since 1970-01-01, UTC), so the roadmap algorithms
// add and compare dates as integers. Plans have no time of day and no working calendar: a day is a
// calendar day.

/** The day number of an ISO date (YYYY-MM-DD); throws RangeError when it is not a real date. */
export function dayNumber(date: string): number {
  // Read the digits by char code: this runs a few hundred thousand times per critical path.
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
    throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(`Not a calendar date: ${date}`);
  // Hinnant's days-from-civil, with March as the first month of the computational year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The decimal number in text[from, to), or -1 when a character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** The ISO date (YYYY-MM-DD) of a day number (Hinnant's civil-from-days: no Date object per call). */
export function isoDate(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/** Days either side of the first date written that the array cache of `dayCodec` covers (about 22 years). */
const ISO_WINDOW = 4096;

/**
 * Both conversions with a cache: a year of plans uses a few hundred distinct dates, read and written
 * hundreds of thousands of times by the critical path and the baseline comparison. Dates near the
 * first one written are cached in an array (no hashing), others in a map.
 */
export function dayCodec(): { toDay: (date: string) => number; toIso: (day: number) => string } {
  const days = new Map<string, number>();
  const far = new Map<number, string>();
  let base = NaN;
  const near: string[] = new Array<string>(2 * ISO_WINDOW).fill('');
  return {
    toDay(date) {
      let day = days.get(date);
      if (day === undefined) {
        day = dayNumber(date);
        days.set(date, day);
      }
      return day;
    },
    toIso(day) {
      if (Number.isNaN(base)) base = day - ISO_WINDOW;
      const at = day - base;
      if (at >= 0 && at < near.length) {
        const cached = near[at]!;
        if (cached !== '') return cached;
        return (near[at] = isoDate(day));
      }
      let date = far.get(day);
      if (date === undefined) {
        date = isoDate(day);
        far.set(day, date);
      }
      return date;
    },
  };
}
