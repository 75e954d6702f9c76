import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves that eslint.config.js enforces the rooms of DESIGN.md: linting a snippet as if it lived in
 * a given folder must report (or not report) `no-restricted-imports`.
 */
const eslint = new ESLint();

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('room boundaries (DESIGN.md, "The shape of the code")', () => {
  it('stop the engine from importing the store', async () => {
    const code = "import { useStore } from '../store/index.ts';\nexport const s = useStore;\n";
    expect(await restrictedImports(code, 'src/engine/x.ts')).toHaveLength(1);
  });

  it('let the engine import the model', async () => {
    const code = "import { addVpc } from '../model/defaults.ts';\nexport const f = addVpc;\n";
    expect(await restrictedImports(code, 'src/engine/x.ts')).toEqual([]);
  });

  it('keep React out of the model', async () => {
    const code = "import { memo } from 'react';\nexport const m = memo;\n";
    expect(await restrictedImports(code, 'src/model/x.ts')).toHaveLength(1);
  });

  it('let the canvas import engine types but not engine code', async () => {
    const typeOnly =
      "import type { Trace } from '../../engine/types.ts';\nexport type T = Trace;\n";
    const value =
      "import { FlowError } from '../../engine/types.ts';\nexport const E = FlowError;\n";
    expect(await restrictedImports(typeOnly, 'src/canvas/nodes/X.tsx')).toEqual([]);
    expect(await restrictedImports(value, 'src/canvas/nodes/X.tsx')).toHaveLength(1);
  });

  it('keep the layout room pure geometry over the model', async () => {
    const model = "import type { Layout } from '../model/types.ts';\nexport type L = Layout;\n";
    const store = "import { useStore } from '../store/index.ts';\nexport const s = useStore;\n";
    const react = "import { memo } from 'react';\nexport const m = memo;\n";
    expect(await restrictedImports(model, 'src/layout/x.ts')).toEqual([]);
    expect(await restrictedImports(store, 'src/layout/x.ts')).toHaveLength(1);
    expect(await restrictedImports(react, 'src/layout/x.ts')).toHaveLength(1);
  });

  it('keep the ui room free of our domain, and open it to the canvas and panels only', async () => {
    const model = "import type { Scenario } from '../model/types.ts';\nexport type S = Scenario;\n";
    const ui = "import Modal from '../ui/Modal.tsx';\nexport const M = Modal;\n";
    expect(await restrictedImports(model, 'src/ui/x.tsx')).toHaveLength(1);
    expect(await restrictedImports(ui, 'src/panels/x.tsx')).toEqual([]);
    expect(await restrictedImports(ui, 'src/canvas/x.tsx')).toEqual([]);
    expect(await restrictedImports(ui, 'src/store/x.ts')).toHaveLength(1);
  });

  it('let the store, the canvas and sharing place things with the layout room', async () => {
    const code =
      "import { canvasBoxes } from '../layout/placement.ts';\nexport const b = canvasBoxes;\n";
    for (const room of ['store', 'canvas', 'share']) {
      expect(await restrictedImports(code, `src/${room}/x.ts`)).toEqual([]);
    }
    expect(await restrictedImports(code, 'src/panels/x.ts')).toHaveLength(1);
  });

  it('let the Terraform importer import the model only', async () => {
    const model = "import { isCidr } from '../model/ip.ts';\nexport const f = isCidr;\n";
    const engine = "import { evaluate } from '../engine/index.ts';\nexport const e = evaluate;\n";
    expect(await restrictedImports(model, 'src/terraform/x.ts')).toEqual([]);
    expect(await restrictedImports(engine, 'src/terraform/x.ts')).toHaveLength(1);
    const fromCli =
      "import { importTerraform } from '../terraform/index.ts';\nexport const i = importTerraform;\n";
    expect(await restrictedImports(fromCli, 'src/cli/x.ts')).toEqual([]);
  });

  it('let the shell import every room', async () => {
    const code = "import { FlowError } from '../engine/types.ts';\nexport const E = FlowError;\n";
    expect(await restrictedImports(code, 'src/app/x.ts')).toEqual([]);
  });
});
