import type { OtherWording } from '../../core/comparison';
import { useText } from '../text';
import { DiffText } from './DiffText';
import { SourceLine } from './SourceLine';

/** The last word of a name, lower-cased: "Antony Blinken", "Anthony Blinken" and "Blinken" are one person to a reader. */
function surname(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

/** True when the outlet names a speaker with another surname than the page's. */
function otherSpeaker(pageSpeaker: string | null, theirs: string | null): theirs is string {
  return theirs !== null && (pageSpeaker === null || surname(pageSpeaker) !== surname(theirs));
}

/** One other outlet's wording of a quote: its source, then the words marked against the page's. */
export function OtherWordingRow({ other, pageSpeaker }: { other: OtherWording; pageSpeaker: string | null }) {
  const { t } = useText();
  return (
    <li class={`wording wording-${other.relation}`}>
      <SourceLine source={other} />
      {other.relation === 'same' ? (
        <p class="same-words">{t('panelSameWords')}</p>
      ) : (
        <>
          <blockquote class="their-words">
            <DiffText diff={other.diff} trimEnds={other.relation === 'fragment'} />
          </blockquote>
          {other.relation === 'fragment' && <p class="relation-note">{t('panelFragmentNote')}</p>}
          {other.relation === 'longer' && <p class="relation-note">{t('panelLongerNote')}</p>}
        </>
      )}
      {otherSpeaker(pageSpeaker, other.speaker) && <p class="relation-note">{t('panelTheirSpeaker', other.speaker)}</p>}
    </li>
  );
}
