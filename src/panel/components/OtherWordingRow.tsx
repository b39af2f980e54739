import type { OtherWording } from '../../core/comparison';
import { useText } from '../text';
import { DiffText } from './DiffText';
import { SourceLine } from './SourceLine';

/** True when two names differ beyond case and spacing. */
function otherName(a: string | null, b: string | null): boolean {
  const norm = (name: string | null) => (name ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return b !== null && norm(a) !== norm(b);
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
      {otherName(pageSpeaker, other.speaker) && <p class="relation-note">{t('panelTheirSpeaker', other.speaker!)}</p>}
    </li>
  );
}
