import fc from 'fast-check';
import { partitionPoint, pushTo } from '../../src/core/collections';

describe('partitionPoint', () => {
  it('finds the first item past the ones a test holds for, as a scan from the start would', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, at) => {
      const sorted = [...values].sort((a, b) => a - b);
      const scanned = sorted.findIndex((v) => v >= at);
      expect(partitionPoint(sorted, (v) => v < at)).toBe(scanned < 0 ? sorted.length : scanned);
    }));
  });

  it('gives 0 for an empty list', () => {
    expect(partitionPoint([], () => true)).toBe(0);
  });
});

describe('pushTo', () => {
  it('starts a list for a new key and appends to an existing one', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'a', 2);
    pushTo(map, 'b', 3);
    expect([...map]).toEqual([['a', [1, 2]], ['b', [3]]]);
  });
});
