import type { ComponentChildren } from 'preact';

/** A section's last result: said politely when it went well, at once when it failed. */
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export interface LiveNoticeProps {
  notice: Notice;
  testid?: string;
  /** Shown after a good result's text (an Undo button). */
  children?: ComponentChildren;
}

/** Both live regions stay in the page, so that what is put in them later is announced. */
export function LiveNotice({ notice, testid, children }: LiveNoticeProps) {
  return (
    <div class="notices">
      <p class="notice notice-ok" role="status" data-testid={testid && notice?.kind === 'ok' ? testid : undefined}>
        {notice?.kind === 'ok' && notice.text}
        {notice?.kind === 'ok' && children}
      </p>
      <p class="notice notice-error" role="alert" data-testid={testid && notice?.kind === 'error' ? testid : undefined}>
        {notice?.kind === 'error' && notice.text}
      </p>
    </div>
  );
}
