import { z } from 'zod';
import { KeptIdSchema } from './entries.ts';
import type { Change } from './scenarios.ts';

/**
 * How the app's tabs learn of each other's writes: a BroadcastChannel (same origin only). A
 * message is only a hint to read storage again, checked like any input: another version of the
 * app may have sent it.
 */
export const CHANNEL_NAME = 'vpc-flow-lab:storage';

const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saved'), id: KeptIdSchema, revision: z.number().int().min(1) }),
  z.object({ type: z.literal('removed'), id: KeptIdSchema }),
  z.object({ type: z.literal('listed') }),
  z.object({ type: z.literal('keys') }),
]);

export interface TabChannel {
  post(change: Change): void;
  close(): void;
}

/**
 * Opens the channel; `onChange` hears other tabs' changes (never this page's own). Null where
 * the browser has no BroadcastChannel: writes then still never go over a newer revision, a tab
 * just learns of it at its next write instead of at once.
 */
export function openChannel(
  make: ((name: string) => BroadcastChannel) | null,
  onChange: (change: Change) => void,
): TabChannel | null {
  if (make === null) return null;
  let channel: BroadcastChannel;
  try {
    channel = make(CHANNEL_NAME);
  } catch {
    return null;
  }
  channel.onmessage = (event: MessageEvent) => {
    const parsed = MessageSchema.safeParse(event.data);
    if (parsed.success) onChange(parsed.data);
  };
  return {
    post(change) {
      try {
        channel.postMessage(change);
      } catch {
        // Closed: the other tabs learn at their next write.
      }
    },
    close() {
      channel.close();
    },
  };
}
