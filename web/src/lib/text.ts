// Text helpers without dayjs. The first page uses them (initials in the user menu, humanize on the
// home page); while they lived in format.ts, using them kept that module and so its top-level
// dayjs.extend calls, which loaded dayjs and two plugins (3.7 kB compressed) on every first visit.

/** Turns `api_token` or `policyVersions` into "Api token" / "Policy versions". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Initials for avatars: "Ada Lovelace" -> "AL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** "1 person" / "3 people" style pluralisation. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
