/**
 * What an edit that can be refused returns: the new value, or one sentence naming what is wrong
 * (the UI shows it beside the control that asked for the edit).
 */
export type EditResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A successful edit.
 *
 * @example
 * return ok({ scenario, subnet });
 */
export function ok<T>(value: T): EditResult<T> {
  return { ok: true, value };
}

/**
 * A refused edit; `error` is one sentence that names the bad value.
 *
 * @example
 * return fail(`Subnet ${id} does not exist.`);
 */
export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * The value of a successful edit; throws with the refusal otherwise. For tests, scripts and
 * fixtures that build scenarios from edits they know to be valid; the UI reads `error` instead.
 *
 * @example
 * const { scenario } = unwrap(addSubnet(s, { vpcId: 'vpc-a' }));
 */
export function unwrap<T>(result: EditResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Chains an edit after another: `andThen(a, f)` is `f(a.value)` when `a` succeeded, else `a`'s
 * refusal. (Not named `then`: a module exporting `then` is a thenable, and `await import()` of it
 * never settles.)
 *
 * @example
 * const r = andThen(addSgRule(s, 'sg-web', 'ingress', rule), (next) => attachSecurityGroup(next, 'i-a', 'sg-web'));
 */
export function andThen<A, B>(
  result: EditResult<A>,
  next: (value: A) => EditResult<B>,
): EditResult<B> {
  return result.ok ? next(result.value) : result;
}
