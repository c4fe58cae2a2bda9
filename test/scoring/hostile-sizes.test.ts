// Hostile sizes: a choice answer's list of options is bounded before any option is read, and
// every list, its length and a section's questions are read once, so a getter or proxy that
// answers differently on a second read can neither slip past a limit nor make scoring slow.
import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS } from '../../src/scoring/paper.js';
import { answerKeySchema, MAX_QUESTIONS, responsesSchema, scorePaper, type Paper } from '../../src/scoring/index.js';
import { englishIssues, thrown } from '../thrown.js';

// s1 (single, 50), m1 (multiple, 50).
const paper: Paper = {
  sections: [
    { kind: 'single', questions: [{ id: 's1', points: 50 }] },
    { kind: 'multiple', questions: [{ id: 'm1', points: 50 }] },
  ],
};
const key = { s1: 'A', m1: ['A', 'B'] };
const TOO_MANY_OPTIONS = `at most ${MAX_OPTIONS} options are accepted`;

const score = (paperInput: unknown, keyInput: unknown, responses: unknown) => () => scorePaper(paperInput as never, keyInput as never, responses as never);

/** An array proxy whose `length` is `items.length` on its first read and `later` after; counts the reads. */
function growing<T>(items: T[], later: number): { list: T[]; lengthReads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get: (target, property, receiver) => (property === 'length' ? (++reads === 1 ? target.length : later) : Reflect.get(target, property, receiver)),
  });
  return { list, lengthReads: () => reads };
}

describe('choice answers: at most MAX_OPTIONS options', () => {
  it.each([
    ['a response of 3,000,000 options', score(paper, key, { m1: new Array(3e6) }), ['responses', 'm1']],
    ['a key of 3,000,000 options', score(paper, { ...key, m1: new Array(3e6) }, {}), ['key', 'm1']],
    ['a response of 101 options', score(paper, key, { s1: Array.from({ length: MAX_OPTIONS + 1 }, () => 'A') }), ['responses', 's1']],
    ['a key of 101 options', score(paper, { ...key, m1: Array.from({ length: MAX_OPTIONS + 1 }, () => 'B') }, {}), ['key', 'm1']],
  ])('rejects %s before reading them, at its path', (_name, run, path) => {
    const error = thrown(run);
    expect(error.code).toBe('invalid-input');
    expect(error.issues.length).toBe(1); // not one issue per option
    expect(englishIssues(error)[0]).toEqual({ path, message: TOO_MANY_OPTIONS });
  });

  it('accepts exactly 100 options, repeats included', () => {
    const picks = Array.from({ length: MAX_OPTIONS }, (_, i) => (i % 2 === 0 ? 'A' : 'B'));
    expect(MAX_OPTIONS).toBe(100);
    expect(scorePaper(paper, { ...key, m1: picks }, { s1: ['A'], m1: picks }).total).toBe(100);
  });

  it('bounds the answer-key and responses schemas the same way', () => {
    const options = Array.from({ length: MAX_OPTIONS + 1 }, () => 'A');
    expect(answerKeySchema.safeParse({ q1: options }).error?.issues).toMatchObject([{ path: ['q1'], message: TOO_MANY_OPTIONS }]);
    expect(responsesSchema.safeParse({ q1: options }).error?.issues).toMatchObject([{ path: ['q1'], message: TOO_MANY_OPTIONS }]);
  });
});

describe('each value read once', () => {
  it('reads a section’s questions once, so a getter cannot slip past MAX_QUESTIONS', () => {
    let reads = 0;
    const section = {
      kind: 'short',
      get questions() {
        return ++reads === 1 ? [] : new Array(MAX_QUESTIONS + 1);
      },
    };
    const error = thrown(score({ sections: [section] }, {}, {}));
    expect(reads).toBe(1);
    // Read once, the section is empty: the paper totals 0.
    expect(englishIssues(error)).toEqual([{ path: ['paper', 'sections'], message: "the paper's points total 0, not 100" }]);
  });

  it('reads the length of the sections once', () => {
    const { list, lengthReads } = growing([...paper.sections], MAX_QUESTIONS + 1);
    expect(scorePaper({ sections: list }, key, { s1: 'A' }).total).toBe(50);
    expect(lengthReads()).toBe(1);
  });

  it('reads the length of a section’s questions once', () => {
    const { list, lengthReads } = growing([{ id: 'a1', points: 100 }], MAX_QUESTIONS + 1);
    expect(scorePaper({ sections: [{ kind: 'short', questions: list }] }, {}, { a1: 7 }).total).toBe(7);
    expect(lengthReads()).toBe(1);
  });

  it('reads the length of a section’s questions once at exactly MAX_QUESTIONS too', () => {
    // 1,000 short questions of 0.1 points make 100; two of them graded 0.1 make 0.2.
    const questions = Array.from({ length: MAX_QUESTIONS }, (_, i) => ({ id: `a${i}`, points: 0.1 }));
    const { list, lengthReads } = growing(questions, MAX_QUESTIONS + 1);
    expect(scorePaper({ sections: [{ kind: 'short', questions: list }] }, {}, { a0: 0.1, a999: 0.1 }).total).toBe(0.2);
    expect(lengthReads()).toBe(1);
  });

  it('reads the length of a list of options once, in the key and in a response', () => {
    const inKey = growing(['A', 'B'], MAX_OPTIONS + 1);
    const inResponse = growing(['B', 'A'], MAX_OPTIONS + 1);
    expect(scorePaper(paper, { ...key, m1: inKey.list }, { m1: inResponse.list }).total).toBe(50);
    expect([inKey.lengthReads(), inResponse.lengthReads()]).toEqual([1, 1]);
  });

  it('reads each section once', () => {
    let reads = 0;
    const sections: unknown[] = [];
    Object.defineProperty(sections, 0, { enumerable: true, get: () => (++reads, { kind: 'short', questions: [{ id: 'a1', points: 100 }] }) });
    expect(scorePaper({ sections } as never, {}, { a1: 100 }).passed).toBe(true);
    expect(reads).toBe(1);
  });
});

// Issue 14, finding 8: an answer key of 1,000,000 keys was listed in full (Object.keys) before
// its size was checked. Counting now stops at MAX_QUESTIONS + 1: a proxy's traps run for at
// most that many keys (the time is bench's business, not this test's).
describe('answer keys and responses: counted up to the limit', () => {
  /** A proxy of `count` own keys `q0…`, counting the reads of its keys' descriptors. */
  function manyKeys(count: number): { object: object; reads: () => number } {
    const keys = Array.from({ length: count }, (_, i) => `q${i}`);
    let reads = 0;
    const object = new Proxy({}, {
      ownKeys: () => keys,
      getOwnPropertyDescriptor: () => {
        reads++;
        return { value: 'A', enumerable: true, configurable: true, writable: true };
      },
    });
    return { object, reads: () => reads };
  }

  it.each([
    ['answer key', (object: object) => score(paper, object, {}), 'key'],
    ['responses', (object: object) => score(paper, key, object), 'responses'],
  ])('refuses %s of 100,000 keys after reading at most a few per key up to the limit', (_name, run, where) => {
    const { object, reads } = manyKeys(100_000);
    const error = thrown(run(object));
    expect(englishIssues(error)).toEqual([{ path: [where], message: `at most ${MAX_QUESTIONS} entries are accepted` }]);
    expect(reads()).toBeLessThanOrEqual(2 * (MAX_QUESTIONS + 1));
  });

  it('accepts exactly MAX_QUESTIONS keys (and says which ones are unknown)', () => {
    const keys = Object.fromEntries(Array.from({ length: MAX_QUESTIONS }, (_, i) => [`x${i}`, 'A']));
    const error = thrown(score(paper, keys, {}));
    const unknown = error.issues.filter((found) => found.code === 'unknown-question');
    expect(unknown.length).toBe(MAX_QUESTIONS);
    expect(unknown[0]?.path).toEqual(['key', 'x0']);
  });
});
