/**
 * How a section or clause is cited, "Hate speech §3.2 (version 1.2)": one format for the clause
 * history (server) and the copy-citation buttons beside the text (web).
 */
export function clauseCitation(policyTitle: string, number: string, versionLabel: string): string {
  return `${policyTitle} §${number} (version ${versionLabel})`;
}
