// The command line: `parallax analyze ARTICLES.jsonl --out REPORT.json`, `parallax pack …`,
// `parallax match …`.
import { writeFileSync } from 'node:fs';
import { analyzeArticles } from '../core/analyze';
import { ArticleInputError } from '../core/articles';
import { PackBuildError } from '../core/pack-build';
import { PackError } from '../core/pack-format';
import { parseFlags, UsageError } from './args';
import { extractCommand } from './extract';
import { matchCommand } from './match';
import { packCommand } from './pack';
import { progressOnStderr } from './progress';
import { FileError, readArticleFile } from './read-input';

const USAGE = `usage: parallax <command> [options]

commands:
  analyze ARTICLES.jsonl [--out REPORT.json]   quotes, speakers, figures and their groups
                                               (report on stdout without --out)
  pack ARTICLES.jsonl... --out PACK.jsonl      a corpus pack (docs/pack-format.md); build date
       [--built YYYY-MM-DD]                    from --built, SOURCE_DATE_EPOCH or the newest article
  match --pack PACK.jsonl ARTICLES.jsonl       the stored story of each article, one JSON line
                                               each: {"id", "story", "score", "how"}
  extract PAGE.html[.gz] --url URL             one JSON line: isArticle, url, canonicalUrl, title,
                                               outlet, date, text
`;

function analyzeCommand(args: string[]): void {
  const { positional, flags } = parseFlags(args, ['--out']);
  if (positional.length !== 1) throw new UsageError('analyze takes one articles file');
  const articles = readArticleFile(positional[0]);
  const progress = progressOnStderr();
  const report = analyzeArticles(articles, {
    onProgress: (done, total, stage) => progress.update(done, total, stage === 'articles' ? 'analysing articles' : 'aligning stories'),
  });
  progress.done();
  const json = JSON.stringify(report);
  const out = flags.get('--out');
  if (out) writeFileSync(out, json + '\n');
  else process.stdout.write(json + '\n');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        analyzeCommand(rest);
        return 0;
      case 'pack':
        packCommand(rest);
        return 0;
      case 'match':
        await matchCommand(rest);
        return 0;
      case 'extract':
        extractCommand(rest);
        return 0;
      case undefined:
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`parallax: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ArticleInputError || error instanceof FileError || error instanceof PackBuildError || error instanceof PackError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return 1;
    }
    // Anything else is a bug or an I/O failure: say so plainly, with the stack for a report.
    process.stderr.write(`parallax: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
