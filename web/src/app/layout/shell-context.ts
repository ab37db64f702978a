import { createContext, useContext } from 'react';

/** True under the app shell, whose AppShell.Main already is the page's `<main>` landmark. */
export const InShellContext = createContext(false);

export function useInShell(): boolean {
  return useContext(InShellContext);
}
