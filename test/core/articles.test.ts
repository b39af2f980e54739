import { ArticleInputError, parseArticles } from '../../src/core/articles';

describe('parseArticles', () => {
  it('reads one article a line and skips blank lines', () => {
    const jsonl = '{"id":"a","outlet":"X","text":"Hello"}\n\n{"id":"b","outlet":"Y","text":"Hi","date":"2020-01-02"}\n';
    const articles = parseArticles(jsonl, 'in.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(articles[1].date).toBe('2020-01-02');
  });

  it('names the line of malformed JSON', () => {
    const jsonl = '{"id":"a","outlet":"X","text":"ok"}\n{"id":"b", oops}\n';
    expect(() => parseArticles(jsonl, 'in.jsonl')).toThrow(/^in\.jsonl:2: not valid JSON/);
  });

  it('names a missing or mistyped field and its line', () => {
    expect(() => parseArticles('{"id":"a","text":"t"}', 'f')).toThrow('f:1: field "outlet" is missing');
    expect(() => parseArticles('\n{"id":"a","outlet":"X","text":5}', 'f')).toThrow(
      'f:2: field "text" must be a string, not a number',
    );
    expect(() => parseArticles('{"id":"a","outlet":"X","text":"t","date":[]}', 'f')).toThrow(
      'field "date" must be a string, not an array',
    );
  });

  it('rejects duplicate ids, pointing at the first', () => {
    const jsonl = '{"id":"a","outlet":"X","text":"1"}\n{"id":"a","outlet":"Y","text":"2"}';
    let error: unknown;
    try {
      parseArticles(jsonl, 'f');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleInputError);
    expect((error as ArticleInputError).line).toBe(2);
    expect((error as Error).message).toContain('first on line 1');
  });
});
