/**
 * A short lower-case id for one test, added to the names, slugs and e-mails it creates, so specs sharing one server
 * and database never collide, whatever order they run in and however often.
 */
export function newRunId(): string {
  return `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 5)}`;
}

/** An e-mail address of the test workspace for a person of this run: "Priya Raman" -> priya.raman.<runId>@... */
export function emailFor(name: string, runId: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}.${runId}@policyops.test`;
}
