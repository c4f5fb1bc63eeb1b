/**
 * The evidence in a window of its own, for a second monitor. The reviewer's window sends the
 * shown claim's files over a BroadcastChannel (same origin only); the evidence window needs no
 * sign-in and no database: it only draws what it is sent, and follows each claim opened.
 */

/** One file of the claim, or null when it is not on this machine yet. */
export interface WindowFile {
  readonly id: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly data: Blob | null;
}

export interface WindowEvidence {
  readonly claimId: string;
  /** The person and the claim's title, for the window's heading. */
  readonly heading: string;
  readonly files: readonly WindowFile[];
  /** The reviewer's shortcut switch: the evidence keys F, W, +, -, T work here too when on. */
  readonly keysEnabled: boolean;
}

export type WindowMessage =
  /** The evidence window opened (or reloaded): send what is shown now. */
  | { readonly kind: 'ask' }
  /** The evidence window closed: stop sending. */
  | { readonly kind: 'gone' }
  | { readonly kind: 'show'; readonly evidence: WindowEvidence };

const channelName = 'ce-evidence-window';
/** The evidence window is the app's own page with this hash (Electron's window policy allows it). */
export const evidenceWindowHash = '#/evidence-window';

export function openChannel(onMessage: (message: WindowMessage) => void): {
  readonly send: (message: WindowMessage) => void;
  readonly close: () => void;
} {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<WindowMessage>) => onMessage(event.data);
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

export const isEvidenceWindow = (): boolean => location.hash.startsWith(evidenceWindowHash);

/** Opens the evidence window, or brings the open one forward (one window, named). */
export function openEvidenceWindow(): void {
  const url = `${location.pathname}${location.search}${evidenceWindowHash}`;
  window.open(url, 'ce-evidence', 'width=1000,height=900')?.focus();
}
