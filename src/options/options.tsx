// The options page (Preact): the corpus packs with their state, adding a pack file and removing
// an added pack. A file is imported here, in the page, with the same importer the background
// uses; the background reports the bundled packs' progress.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { packId, packName } from '../store/bundled';
import { CorpusDb } from '../store/corpus-db';
import { importPack, removePack } from '../store/import';
import { comparePackStatus, CorpusActivity, corpusStatus, isCorpusStatusMessage, type PackStatus } from '../store/status';
import { textChunks } from '../store/text-stream';

const t = (key: string, ...substitutions: (string | number)[]): string => browser.i18n.getMessage(key, substitutions.map(String));

const corpus = new CorpusDb();
/** Imports started from this page. */
const activity = new CorpusActivity();

/** The background's view (bundled imports in progress) overlaid with this page's own imports. */
async function loadStatus(): Promise<PackStatus[]> {
  let fromBackground: PackStatus[] = [];
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'corpus-status' });
    if (isCorpusStatusMessage(answer)) fromBackground = answer.packs;
  } catch {
    // No background yet (it is starting): the database alone still lists the packs.
  }
  return overlay(fromBackground, await corpusStatus(corpus, activity));
}

/** `local` wins for packs this page is importing or saw fail; the background's state otherwise. */
function overlay(fromBackground: PackStatus[], local: PackStatus[]): PackStatus[] {
  const mine = new Set(activity.entries().map(([id]) => id));
  const byId = new Map(local.map((p) => [p.id, p]));
  for (const p of fromBackground) if (!mine.has(p.id)) byId.set(p.id, p);
  return [...byId.values()].sort(comparePackStatus);
}

function stateText(pack: PackStatus): string {
  switch (pack.state) {
    case 'ready':
      return t('optionsStateReady');
    case 'importing':
      return t('optionsStateImporting', Math.floor((pack.done / Math.max(1, pack.total)) * 100));
    case 'interrupted':
      return t('optionsStateInterrupted');
    case 'failed':
      return t('optionsStateFailed', pack.message);
  }
}

function PackRow({ pack, onRemove }: { pack: PackStatus; onRemove: (id: string) => void }) {
  return (
    <li class={`pack pack-${pack.state}`}>
      <div class="pack-head">
        <strong class="pack-name">{pack.name}</strong>
        <span class="pack-source">{t(pack.source === 'bundled' ? 'optionsBundled' : 'optionsAdded')}</span>
        {pack.source === 'added' && pack.state !== 'importing' && (
          <button type="button" class="pack-remove" onClick={() => onRemove(pack.id)}>
            {t('optionsRemove')}
          </button>
        )}
      </div>
      {pack.built !== null && pack.counts !== null && (
        <div class="pack-counts">{t('optionsCounts', pack.counts.stories, pack.counts.articles, pack.built)}</div>
      )}
      <div class="pack-state" role="status">
        {stateText(pack)}
      </div>
      {pack.state === 'importing' && <progress max={pack.total} value={pack.done} />}
    </li>
  );
}

function Options() {
  const [packs, setPacks] = useState<PackStatus[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => void loadStatus().then(setPacks), []);

  useEffect(() => {
    refresh();
    activity.onChange = refresh;
    const listener = (message: unknown): undefined => {
      if (isCorpusStatusMessage(message)) void corpusStatus(corpus, activity).then((local) => setPacks(overlay(message.packs, local)));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [refresh]);

  const addFile = async (file: File): Promise<void> => {
    setError(null);
    const id = packId('added', file.name);
    const name = packName(file.name);
    try {
      await importPack(corpus, textChunks(file.stream()), { id, name, source: 'added', onProgress: (progress) => activity.progress(name, 'added', progress) });
      activity.finished(id);
    } catch (failure) {
      const message = (failure as Error).message;
      activity.failed(id, name, 'added', message);
      setError(t('optionsAddFailed', file.name, message));
    }
  };

  const remove = async (id: string): Promise<void> => {
    await removePack(corpus, id);
    activity.finished(id);
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>{t('optionsPacksHeading')}</h2>
        {packs === null ? null : packs.length === 0 ? (
          <p>{t('optionsNoPacks')}</p>
        ) : (
          <ul class="packs">
            {packs.map((pack) => (
              <PackRow key={pack.id} pack={pack} onRemove={(id) => void remove(id)} />
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('optionsAddHeading')}</h2>
        <p>{t('optionsAddHelp')}</p>
        <input
          type="file"
          accept=".jsonl"
          aria-label={t('optionsAddHeading')}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void addFile(file);
          }}
        />
        {error !== null && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}

document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
