import type { DiffPart, WordingDiff } from '../../core/types';
import { useText } from '../text';

/** Screen-reader text announcing a change; hidden from sight, where the marks say it. */
function Announce({ text }: { text: string }) {
  return <span class="sr-only">{text} </span>;
}

/** True between a removed and an added run that touch without a space ("on" → "against"), so they do not read as one word. */
function needsGap(before: DiffPart | undefined, part: DiffPart): boolean {
  return before !== undefined && before.op !== 'same' && part.op !== 'same' && !/\s$/.test(before.text) && !/^\s/.test(part.text);
}

/**
 * Another outlet's wording as a word diff against the page's: words only the page has are struck
 * through (<del>), words only theirs has are underlined (<ins>). With `trimEnds`, page words before
 * and after their wording are left out and an ellipsis marks the cut, for wordings that quote only
 * part of the page's.
 */
export function DiffText({ diff, trimEnds = false }: { diff: WordingDiff; trimEnds?: boolean }) {
  const { t } = useText();
  let parts = diff;
  let cutBefore = false;
  let cutAfter = false;
  if (trimEnds) {
    let first = 0;
    let last = diff.length;
    while (first < last && diff[first].op === 'removed') first++;
    while (last > first && diff[last - 1].op === 'removed') last--;
    cutBefore = first > 0;
    cutAfter = last < diff.length;
    parts = diff.slice(first, last);
  }
  return (
    <span class="diff">
      {cutBefore && <span class="ellipsis">… </span>}
      {parts.map((part, index) => [
        needsGap(parts[index - 1], part) ? ' ' : null,
        part.op === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.op === 'removed' ? (
          <del key={index}>
            <Announce text={t('panelDiffRemoved')} />
            {part.text}
          </del>
        ) : (
          <ins key={index}>
            <Announce text={t('panelDiffAdded')} />
            {part.text}
          </ins>
        ),
      ])}
      {cutAfter && <span class="ellipsis"> …</span>}
    </span>
  );
}
