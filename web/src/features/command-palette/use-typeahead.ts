import { useCallback, useEffect, useRef } from 'react';

/** After this, a palette that never took focus (its code failed to load) stops holding the keyboard. */
const MAX_WAIT_MS = 5000;

function isPrintable(event: KeyboardEvent): boolean {
  return [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}

/**
 * Holds what is typed while `active`: from the moment the palette is asked for until its search field
 * has focus (its code may still be loading; the dialog mounts and focuses its field a moment later),
 * so that "Ctrl-K, then type" loses no key. Returns `take()`, which hands over the text and stops
 * holding. Escape during the wait calls `onEscape`; a click elsewhere or five seconds end the wait.
 */
export function useTypeahead(active: boolean, onEscape: () => void): () => string {
  const typed = useRef('');
  const holding = useRef(false);

  useEffect(() => {
    if (!active) return;
    typed.current = '';
    holding.current = true;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!holding.current) return;
      if (event.key === 'Escape') {
        stop();
        onEscape();
      } else if (isPrintable(event)) {
        typed.current += event.key;
      } else if (event.key === 'Backspace') {
        typed.current = typed.current.slice(0, -1);
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    const timer = window.setTimeout(() => stop(), MAX_WAIT_MS);
    function stop() {
      holding.current = false;
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', stop, true);
    }
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', stop, true);
    return stop;
  }, [active, onEscape]);

  return useCallback(() => {
    holding.current = false;
    const text = typed.current;
    typed.current = '';
    return text;
  }, []);
}
