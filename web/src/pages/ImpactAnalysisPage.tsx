// Being built in issue 12 by its owner; replaced before the issue lands.
export function ImpactAnalysisPage() {
  return null;
}
