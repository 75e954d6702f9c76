import type { ConfigModule, ConfigResource, ModuleCall } from './schema.ts';

/**
 * The plan's `configuration` by module, for looking up the expression behind a value that is
 * known only after apply. Configuration addresses are relative to their module
 * (`aws_vpc.main`); modules are named by their path of calls without instance keys
 * (`module.app.module.db`), since every instance of a module shares one configuration.
 */
export class ConfigurationIndex {
  readonly #modules = new Map<string, ConfigModule>();
  readonly #resources = new Map<string, ConfigResource>();

  constructor(root: ConfigModule | undefined) {
    if (root) this.#add('', root);
  }

  #add(path: string, module: ConfigModule): void {
    this.#modules.set(path, module);
    for (const r of module.resources ?? []) this.#resources.set(`${path}|${r.address}`, r);
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      if (call.module) this.#add(join(path, `module.${name}`), call.module);
    }
  }

  get empty(): boolean {
    return this.#modules.size === 0;
  }

  /** A resource block, by its module path and module-relative address (`data.aws_vpc.x`). */
  resource(modulePath: string, address: string): ConfigResource | undefined {
    return this.#resources.get(`${modulePath}|${address}`);
  }

  module(modulePath: string): ConfigModule | undefined {
    return this.#modules.get(modulePath);
  }

  /** The `module "name"` block inside the module at `modulePath`. */
  moduleCall(modulePath: string, name: string): ModuleCall | undefined {
    return this.#modules.get(modulePath)?.module_calls?.[name];
  }
}

export function join(modulePath: string, step: string): string {
  return modulePath === '' ? step : `${modulePath}.${step}`;
}
