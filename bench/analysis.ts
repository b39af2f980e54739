// Analysis cost per article over the shared corpora: the per-article extractors (quotes,
// speakers, figures) and the per-story work (speaker names, alignment, figure groups) spread
// over the story's articles. Prints one JSON line per figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, analyzeArticles } from '../src/core/analyze';
import { parseArticles } from '../src/core/articles';
import type { Article } from '../src/core/types';
import { emit, summarize } from './report';

// Set by bench/run.mjs: the shared folder beside the project.
const shared = process.env.PARALLAX_SHARED!;
const quick = process.argv.includes('--quick');

function load(name: string): Article[] {
  const path = join(shared, 'corpus', `${name}.jsonl`);
  return parseArticles(readFileSync(path, 'utf8'), path);
}

const corpora = ['basil', 'gva', 'allsides'].map((name) => ({ name, articles: load(name) }));
const all = corpora.flatMap((c) => c.articles);
const sample = quick ? all.filter((_, i) => i % 5 === 0) : all;

// Two timed passes. The first also compiles: V8 optimizes the engine's many code paths only as
// they get hot, so it carries interpreter time for hundreds of articles (about twice the second
// pass's total here). The second is the steady cost of analysis, the figure the target is for.
const timePass = (): number[] => sample.map((a) => {
  const t0 = performance.now();
  analyzeArticle(a, a.story ?? 'story');
  return performance.now() - t0;
});
const firstPass = summarize(timePass());
const extract = summarize(timePass());
emit('analysis_ms_p95', extract.p95, 'ms', extract.n, 'per article: quotes, speakers, figures (warm)');
emit('analysis_ms_median', extract.median, 'ms', extract.n, 'per article: quotes, speakers, figures (warm)');
emit('analysis_first_pass_ms_p95', firstPass.p95, 'ms', firstPass.n, 'the same, first pass (JIT compiling)');
emit('analysis_first_pass_ms_median', firstPass.median, 'ms', firstPass.n, 'the same, first pass (JIT compiling)');

// Whole pipeline per story (stories as given), divided by the story's article count.
const byStory = new Map<string, Article[]>();
for (const a of sample) byStory.set(a.story!, [...(byStory.get(a.story!) ?? []), a]);
const perStoryArticle: number[] = [];
for (const articles of byStory.values()) {
  const t0 = performance.now();
  analyzeArticles(articles);
  const ms = (performance.now() - t0) / articles.length;
  for (let i = 0; i < articles.length; i++) perStoryArticle.push(ms);
}
const pipeline = summarize(perStoryArticle);
emit('analysis_with_alignment_ms_p95', pipeline.p95, 'ms', pipeline.n, 'per article, story alignment included');
emit('analysis_with_alignment_ms_median', pipeline.median, 'ms', pipeline.n, 'per article, story alignment included');

// Story grouping when the input carries no stories (the engine's cross-article step).
const unlabeled = sample.map(({ story: _story, ...rest }) => rest);
const t0 = performance.now();
analyzeArticles(unlabeled);
const total = performance.now() - t0;
emit('analyze_unlabeled_total_s', total / 1000, 's', unlabeled.length, 'whole corpus without story fields: grouping included');
