import { datesOf, inRange, weekdayOf, type DayRange, type ImpactWindows } from './day-of-week.js';

export type DataWarningCode =
  | 'missing_days'
  | 'volume_outlier'
  | 'volume_break'
  | 'overlapping_launch'
  | 'window_shortened'
  | 'non_parallel_trends'
  | 'pre_launch_trend'
  | 'control_unusable';

export interface DataWarning {
  code: DataWarningCode;
  message: string;
  /** Days concerned, when the warning is about particular days. */
  dates?: string[];
}

export interface DataQualityReport {
  warnings: DataWarning[];
  /** Why no verdict can be given, or null when there is enough data. */
  insufficientData: string | null;
  daysPresent: { pre: number; post: number };
}

/** A day's volume: the denominator of a rate, the item count behind a median (null if unknown). */
export interface DayVolume {
  date: string;
  volume: number | null;
}

export interface DataQualityOptions {
  /** Fewest days with data each window needs for a verdict. Default: three quarters of the window. */
  minDaysPerWindow?: number;
  /** Other launches of the same policy (any market) whose dates must stay out of the windows. */
  otherLaunchDates?: readonly string[];
}

/** Modified z-score cut-off of Iglewicz & Hoaglin (1993, How to Detect and Handle Outliers, §3.3). */
const OUTLIER_Z = 3.5;
/**
 * Below a 1.5× (or 1/1.5×) deviation a day is never called a volume outlier, however steady the rest:
 * with day-to-day volume noise of ~10%, a 3.5 MAD band over 56 days alone flagged a day in about one
 * series in seven; outages and double loads are far larger than 50%.
 */
const MIN_OUTLIER_DEVIATION = Math.log(1.5);
/** Median volume changing by more than this factor between windows is a volume break. */
const VOLUME_BREAK_FACTOR = 1.5;

function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Days whose volume falls outside a robust band around their weekday's median, on the log scale:
 * |ln n_d − median_w| / (1.4826 · MAD) > 3.5 (modified z-score, Iglewicz & Hoaglin 1993; 1.4826 makes
 * the MAD consistent for a normal σ). Such days usually mean a pipeline outage or a double load.
 */
function volumeOutliers(days: readonly DayVolume[]): string[] {
  const usable = days.filter((d): d is { date: string; volume: number } => d.volume !== null && d.volume > 0);
  if (usable.length < 14) return [];
  const byWeekday = new Map<number, number[]>();
  for (const d of usable)
    byWeekday.set(weekdayOf(d.date), [...(byWeekday.get(weekdayOf(d.date)) ?? []), Math.log(d.volume)]);
  const centre = new Map([...byWeekday].map(([w, logs]) => [w, medianOf(logs)]));
  const deviations = usable.map((d) => Math.log(d.volume) - centre.get(weekdayOf(d.date))!);
  const scale = 1.4826 * medianOf(deviations.map(Math.abs));
  const band = Math.max(OUTLIER_Z * scale, MIN_OUTLIER_DEVIATION);
  return usable.filter((_, i) => Math.abs(deviations[i]!) > band).map((d) => d.date);
}

function volumeBreak(days: readonly DayVolume[], windows: ImpactWindows): DataWarning | null {
  const volumes = (range: DayRange) =>
    days.filter((d) => d.volume !== null && d.volume > 0 && inRange(d.date, range)).map((d) => d.volume!);
  const pre = volumes(windows.pre);
  const post = volumes(windows.post);
  if (pre.length === 0 || post.length === 0) return null;
  const ratio = medianOf(post) / medianOf(pre);
  if (ratio <= VOLUME_BREAK_FACTOR && ratio >= 1 / VOLUME_BREAK_FACTOR) return null;
  const percent = Math.round((ratio - 1) * 100);
  return {
    code: 'volume_break',
    message: `Daily volume changed by ${percent > 0 ? '+' : ''}${percent}% between the windows; the mix of items may differ too.`,
  };
}

/**
 * Checks run before any verdict: missing days, volume outliers and breaks, and other launches of the
 * same policy inside the windows. Too few days in either window means no verdict, with the reason.
 */
export function checkDataQuality(
  days: readonly DayVolume[],
  windows: ImpactWindows,
  launchDate: string,
  options: DataQualityOptions = {},
): DataQualityReport {
  const warnings: DataWarning[] = [];
  if (windows.windowDays !== windows.requestedWindowDays) {
    warnings.push({
      code: 'window_shortened',
      message: `Windows shortened from ${windows.requestedWindowDays} to ${windows.windowDays} days to cover whole weeks.`,
    });
  }
  const withData = new Set(days.filter((d) => d.volume === null || d.volume > 0).map((d) => d.date));
  const expected = [...datesOf(windows.pre), ...datesOf(windows.post)];
  const missing = expected.filter((date) => !withData.has(date));
  if (missing.length > 0) {
    warnings.push({
      code: 'missing_days',
      message: `${missing.length} day${missing.length === 1 ? '' : 's'} without data in the windows; weekdays are no longer balanced.`,
      dates: missing,
    });
  }
  const inWindows = days.filter((d) => withData.has(d.date) && expected.includes(d.date));
  const outliers = volumeOutliers(inWindows);
  if (outliers.length > 0) {
    warnings.push({
      code: 'volume_outlier',
      message: `${outliers.length} day${outliers.length === 1 ? '' : 's'} with a volume far outside the usual band for the weekday.`,
      dates: outliers,
    });
  }
  const brk = volumeBreak(inWindows, windows);
  if (brk) warnings.push(brk);
  const overlapping = (options.otherLaunchDates ?? []).filter(
    (date) => date !== launchDate && date >= windows.pre.start && date <= windows.post.end,
  );
  if (overlapping.length > 0) {
    warnings.push({
      code: 'overlapping_launch',
      message: `Another launch of this policy falls inside the windows (${overlapping.join(', ')}); its effect is mixed in.`,
      dates: overlapping,
    });
  }
  const count = (range: DayRange) => datesOf(range).filter((date) => withData.has(date)).length;
  const daysPresent = { pre: count(windows.pre), post: count(windows.post) };
  const minDays = options.minDaysPerWindow ?? Math.ceil(windows.windowDays * 0.75);
  let insufficientData: string | null = null;
  if (daysPresent.pre < minDays || daysPresent.post < minDays) {
    insufficientData = `Too little data: ${daysPresent.pre} days before and ${daysPresent.post} days after launch have data; at least ${minDays} each are needed.`;
  }
  return { warnings, insufficientData, daysPresent };
}
