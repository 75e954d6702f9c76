import { useState } from 'react';
import { stopStep } from '../../canvas/animation/waypoints.ts';
import { openDialog, useStore } from '../../store/index.ts';
import { BUTTON } from '../library/styles.ts';
import Modal from '../../ui/Modal.tsx';
import { exportScenarioFile } from './exportFile.ts';
import { exportDiagram, type ImageFormat } from './exportImage.ts';
import { exportTerraformFiles } from './exportTerraform.ts';

const close = () => openDialog(null);

/** Export: the scenario as a file to open again, or the diagram as an image for a document. */
export default function ExportDialog() {
  const open = useStore((s) => s.dialog === 'export');
  if (!open) return null;
  return (
    <Modal title="Export" testId="share.export.dialog" onCancel={close}>
      <ExportChoices />
    </Modal>
  );
}

function ExportChoices() {
  const flow = useStore(shownFlow);
  const [flowPath, setFlowPath] = useState(true);
  const image = (format: ImageFormat) => {
    close();
    void exportDiagram(format, { flowPath });
  };
  const choices = [
    {
      id: 'file',
      label: 'Scenario file (.json)',
      detail: 'The network, saved flows and layout, to open again with Import or to keep in git.',
      run: () => {
        exportScenarioFile();
        close();
      },
    },
    {
      id: 'terraform',
      label: 'Terraform (.zip)',
      detail:
        'main.tf, variables.tf and versions.tf for the AWS provider; terraform plan asks only for the AMI.',
      run: () => {
        void exportTerraformFiles('hcl');
        close();
      },
    },
    {
      id: 'terraform-json',
      label: 'Terraform JSON (.tf.json)',
      detail: 'The same network in Terraform’s JSON syntax, in one file.',
      run: () => {
        void exportTerraformFiles('json');
        close();
      },
    },
    {
      id: 'png',
      label: 'Image (PNG)',
      detail: 'The diagram as a picture, for slides and chats.',
      run: () => image('png'),
    },
    {
      id: 'svg',
      label: 'Image (SVG)',
      detail: 'The diagram as a vector drawing that stays sharp at any size.',
      run: () => image('svg'),
    },
  ];
  return (
    <div className="space-y-2 px-5 pt-3 pb-4 text-sm">
      {flow && (
        <label className="flex items-start gap-2 rounded border border-slate-200 px-3 py-2 dark:border-slate-700">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={flowPath}
            data-testid="share.export.flow-path"
            onChange={(e) => setFlowPath(e.target.checked)}
          />
          <span>
            Include the flow path in images
            <span className="block text-slate-600 dark:text-slate-400">
              {flow}, as the canvas shows it now
            </span>
          </span>
        </label>
      )}
      <ul className="space-y-2">
        {choices.map((c, k) => (
          <li key={c.id}>
            <button
              type="button"
              data-testid={`share.export.${c.id}`}
              data-autofocus={k === 0 ? true : undefined}
              onClick={c.run}
              className={`${BUTTON} w-full flex-col !items-start !gap-0.5 !px-3 !py-2 text-left`}
            >
              <span>{c.label}</span>
              <span className="font-normal text-slate-600 dark:text-slate-400">{c.detail}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="flex justify-end pt-2">
        <button type="button" onClick={close} className={BUTTON}>
          Close
        </button>
      </div>
    </div>
  );
}

/** The flow the canvas shows and where its packet is, in words; null when none is shown. */
function shownFlow(s: ReturnType<typeof useStore.getState>): string | null {
  const { flowId, trace, step } = s.sim.active;
  if (flowId === null || !trace || trace.hops.length === 0) return null;
  const name = s.scenario.flows.find((f) => f.id === flowId)?.name;
  const shown = Math.min(step, stopStep(trace));
  const where = shown < 0 ? 'at the source' : `hop ${shown + 1} of ${trace.hops.length}`;
  return `${name ? `“${name}”` : 'The flow shown'} ${where}`;
}
