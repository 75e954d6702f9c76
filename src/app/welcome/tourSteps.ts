import { selectFlow, useStore } from '../../store/index.ts';

/**
 * The tour's steps over the real UI: each names the element it points at (a test ID the app
 * already carries) and may first bring it into view (a side-panel tab, a flow to explain).
 */
export interface TourStep {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  /** CSS selector of the element pointed at; the step shows centred when it is not there. */
  readonly target: string;
  /** What the step does before pointing: open a tab, select a flow. */
  readonly before?: () => void;
}

function clickTab(tab: string): void {
  document.querySelector<HTMLElement>(`[data-testid="panel.tab.${tab}"]`)?.click();
}

/** A flow worth explaining: the first whose verdict misses its expectation, else the first. */
function showSomeFlow(): void {
  const { scenario, sim } = useStore.getState();
  if (sim.active.flowId !== null) return;
  const failing = scenario.flows.find((f) => {
    const outcome = sim.outcomes[f.id];
    return f.expected && outcome?.ok === true && outcome.trace.verdict !== f.expected;
  });
  const flow = failing ?? scenario.flows[0];
  if (flow) selectFlow(flow.id);
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'draw',
    title: 'Draw',
    body: 'Drag a VPC onto the canvas, a subnet into the VPC, then an instance into the subnet. Each gets the next free address block. With the keyboard: focus an item and press Enter to add it to what is selected.',
    target: '[data-testid="palette"]',
  },
  {
    id: 'attach',
    title: 'Attach',
    body: 'Select an instance: the Inspector attaches its security groups. Groups, NACLs and Routes edit the rules of the selection’s VPC: security groups, network ACLs and route tables.',
    target: '[data-testid="panel"]',
    before: () => clickTab('sg'),
  },
  {
    id: 'test',
    title: 'Test',
    body: 'A flow is a source, a destination and a service, with the outcome you expect. Each saved flow shows PASS or FAIL, and updates as you edit.',
    target: '[data-testid="flows.panel"]',
    before: () => clickTab('flows'),
  },
  {
    id: 'watch',
    title: 'Watch the packet',
    body: 'Select a flow and play it: the packet crosses the canvas layer by layer and stops, in red, where it is blocked. Step through it hop by hop.',
    target: '[data-testid="anim.controls"]',
    before: showSomeFlow,
  },
  {
    id: 'fix',
    title: 'Fix',
    body: 'The explanation says what decided, in a sentence and a strip of every layer. When a flow misses what you expect, the fix is right under the verdict: Apply, and Ctrl+Z takes it back.',
    target: '[data-testid="explain.panel"]',
    before: () => {
      clickTab('flows');
      showSomeFlow();
    },
  },
  {
    id: 'share',
    title: 'Share',
    body: 'Copy a link that holds the whole scenario, export it as JSON, Terraform or a diagram, or import your AWS account. The gallery has teaching scenarios and challenges.',
    target: '[data-tour="share"]',
  },
];
