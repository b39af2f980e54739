// `parallax pack ARTICLES.jsonl... --out FILE [--built YYYY-MM-DD]`: builds a corpus pack.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { ArticleInputError } from '../core/articles';
import { buildPack, isValidDate, PackBuildError, serializePack } from '../core/pack-build';
import type { Article } from '../core/types';
import { progressOnStderr } from './progress';
import { FileError, readArticleFile } from './read-input';

/** A mistake on the command line (printed with the usage, exit code 2). */
class PackUsageError extends Error {}

/**
 * Runs the pack command; prints its own errors. Returns the exit code: 0 on success, 1 for bad
 * input or a failed write, 2 for a usage mistake (printed with `usage`).
 */
export function packCommand(args: string[], usage: string, environment: NodeJS.ProcessEnv = process.env): number {
  try {
    const { inputs, out, built } = parseArguments(args);
    const articles = readInputs(inputs);
    const progress = progressOnStderr();
    const content = buildPack(articles, {
      built: built ?? dateFromSourceDateEpoch(environment.SOURCE_DATE_EPOCH),
      onProgress: (done, total, stage) => progress.update(done, total, stage),
    });
    progress.done();
    writeAtomically(out, serializePack(content));
    return 0;
  } catch (error) {
    if (error instanceof PackUsageError) {
      process.stderr.write(`parallax: ${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof ArticleInputError || error instanceof FileError || error instanceof PackBuildError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parseArguments(args: string[]): { inputs: string[]; out: string; built: string | undefined } {
  const inputs: string[] = [];
  let out: string | undefined;
  let built: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg !== '--out' && arg !== '--built') {
      if (arg.startsWith('--')) throw new PackUsageError(`unknown option ${arg}`);
      inputs.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new PackUsageError(`${arg} needs a value`);
    if (arg === '--out') out = value;
    else built = value;
  }
  if (inputs.length === 0) throw new PackUsageError('pack needs at least one articles file');
  if (out === undefined) throw new PackUsageError('pack needs --out FILE');
  if (built !== undefined && !isValidDate(built)) throw new PackUsageError(`--built must be a date YYYY-MM-DD, not "${built}"`);
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
