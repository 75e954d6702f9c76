/**
 * AWS prints some states in camelCase (`pendingAcceptance`, `rollingBack`) or PascalCase
 * (`Available`) where the model, like AWS's documentation, writes them in kebab-case
 * (`pending-acceptance`): this reads either.
 */
export function kebabState(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

/** The state as one of `known`, or undefined when AWS printed one this importer does not know. */
export function knownState<T extends string>(
  text: string | undefined,
  known: readonly T[],
): T | undefined {
  if (text === undefined) return undefined;
  const state = kebabState(text);
  return known.find((k) => k === state);
}
