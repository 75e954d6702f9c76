import { create } from 'zustand';

/**
 * The security group or network ACL whose chip the pointer is on: every node carrying it lights
 * up. A store of its own, apart from the app's: a hover is not the network, not undone, not
 * saved, and each node subscribes to one boolean, so a hover re-renders the nodes it concerns.
 */
export const useHighlight = create<{ readonly id: string | null }>(() => ({ id: null }));

export const highlight = (id: string | null): void => useHighlight.setState({ id });
