// `parallax pack ARTICLES.jsonl... --out FILE [--built YYYY-MM-DD]`: builds a corpus pack.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildPack, isValidDate, PackBuildError, serializePack } from '../core/pack-build';
import type { Article } from '../core/types';
import { parseFlags, UsageError } from './args';
import { progressOnStderr } from './progress';
import { FileError, readArticleFile } from './read-input';

/**
 * Runs the pack command. Throws UsageError for a command-line mistake, and ArticleInputError,
 * FileError or PackBuildError for bad input or a failed write (main prints them).
 */
export function packCommand(args: string[], environment: NodeJS.ProcessEnv = process.env): void {
  const { inputs, out, built } = parseArguments(args);
  const articles = readInputs(inputs);
  const progress = progressOnStderr();
  const content = buildPack(articles, {
    built: built ?? dateFromSourceDateEpoch(environment.SOURCE_DATE_EPOCH),
    onProgress: (done, total, stage) => progress.update(done, total, stage),
  });
  progress.done();
  writeAtomically(out, serializePack(content));
}

function parseArguments(args: string[]): { inputs: string[]; out: string; built: string | undefined } {
  const { positional: inputs, flags } = parseFlags(args, ['--out', '--built']);
  const out = flags.get('--out');
  const built = flags.get('--built');
  if (inputs.length === 0) throw new UsageError('pack needs at least one articles file');
  if (out === undefined) throw new UsageError('pack needs --out FILE');
  if (built !== undefined && !isValidDate(built)) throw new UsageError(`--built must be a date YYYY-MM-DD, not "${built}"`);
  return { inputs, out, built };
}

/** Articles of all files; an id found in two files is an error naming both. */
function readInputs(paths: string[]): Article[] {
  const fileOf = new Map<string, string>();
  const articles: Article[] = [];
  for (const path of paths) {
    for (const article of readArticleFile(path)) {
      const earlier = fileOf.get(article.id);
      if (earlier !== undefined) throw new PackBuildError(`${path}: article id "${article.id}" is also in ${earlier}`);
      fileOf.set(article.id, path);
      articles.push(article);
    }
  }
  return articles;
}

/** The UTC date of SOURCE_DATE_EPOCH (reproducible builds: seconds since 1970); undefined when unset. */
function dateFromSourceDateEpoch(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new PackBuildError(`SOURCE_DATE_EPOCH must be a number of seconds, not "${value}"`);
  const date = new Date(Number(value) * 1000);
  if (Number.isNaN(date.getTime())) throw new PackBuildError(`SOURCE_DATE_EPOCH ${value} is out of range`);
  return date.toISOString().slice(0, 10);
}

/** Writes FILE.tmp, then renames it over FILE: a reader never sees half a pack. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new FileError(`${path}: cannot write the pack (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
