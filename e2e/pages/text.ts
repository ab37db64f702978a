const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression that matches `text` literally, for names that hold user input. */
export function literally(text: string): RegExp {
  return new RegExp(escaped(text));
}

/** Matches a name that begins with `text`, e.g. a grid cell whose name goes on "(inherited from Global)". */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${escaped(text)}`);
}
