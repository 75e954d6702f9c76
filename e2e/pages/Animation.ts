import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The packet animation on the canvas: its floating controls (`anim.*`), the packet, the badge of
 * the hop it is at and the ring around what decided. A flow is shown by picking it in the Flows
 * tab of the side panel, as a person would.
 */
export class AnimationPage {
  readonly controls: Locator;
  readonly counter: Locator;
  readonly hopLabel: Locator;
  readonly announce: Locator;
  readonly overlay: Locator;
  readonly packet: Locator;
  readonly badge: Locator;
  readonly focus: Locator;

  constructor(readonly page: Page) {
    this.controls = page.getByTestId('anim.controls');
    this.counter = page.getByTestId('anim.counter');
    this.hopLabel = page.getByTestId('anim.hop-label');
    this.announce = page.getByTestId('anim.announce');
    this.overlay = page.getByTestId('anim.overlay');
    this.packet = page.getByTestId('anim.packet');
    this.badge = page.getByTestId('anim.badge');
    this.focus = page.getByTestId('anim.focus');
  }

  button(id: 'play' | 'pause' | 'step-forward' | 'step-back' | 'restart'): Locator {
    return this.page.getByTestId(`anim.${id}`);
  }

  /** Opens the Flows tab and shows a saved flow. */
  async showFlow(flowId: string): Promise<void> {
    await this.page.getByTestId('panel.tab.flows').click();
    await this.page.getByTestId(`flows.item.${flowId}.select`).click();
    await expect(this.controls).toBeVisible();
    await expect(this.counter).toHaveText(/At the source/);
  }

  /** Steps forward once and waits until the packet has arrived at the hop (badge shown). */
  async stepForward(): Promise<void> {
    const before = Number(await this.overlay.getAttribute('data-step'));
    await this.button('step-forward').click();
    await this.arrivedAt(before + 1);
  }

  async arrivedAt(step: number): Promise<void> {
    await expect(this.overlay).toHaveAttribute('data-step', String(step));
    await expect(this.overlay).toHaveAttribute('data-arrived', 'true');
  }

  /** The packet's centre on the page. */
  async packetCentre(): Promise<{ x: number; y: number }> {
    const box = await this.packet.boundingBox();
    if (!box) throw new Error('the packet is not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
