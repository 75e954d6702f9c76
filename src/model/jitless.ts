import { z } from 'zod';

/*
 * zod compiles object parsers with `new Function` when it can, and probes for that on first use.
 * The app's Content-Security-Policy forbids eval (no 'unsafe-eval'): the probe fails and is
 * caught, but the browser still reports a violation. Jitless, zod never tries. Imported first by
 * schema.ts, so it runs before any schema is used, in the page, its workers, tests and the CLI.
 * https://zod.dev/api (z.config)
 */
z.config({ jitless: true });
