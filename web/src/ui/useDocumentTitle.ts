import { useEffect } from 'react';

const PRODUCT = 'PolicyOps';

/** Sets the tab title to "<title> · PolicyOps". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT}` : PRODUCT;
  }, [title]);
}
