import type { ComponentChildren } from 'preact';

/**
 * A state of the panel explained: a heading and what it means for the reader, with room for a
 * button or progress bar. `tone` 'error' makes it an alert for screen readers.
 */
export function StatusMessage({ kind, heading, text, tone = 'info', children }: { kind: string; heading: string; text: string; tone?: 'info' | 'error'; children?: ComponentChildren }) {
  return (
    <section class={`status status-${kind} tone-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      <h1 class="status-heading">{heading}</h1>
      <p class="status-text">{text}</p>
      {children}
    </section>
  );
}
