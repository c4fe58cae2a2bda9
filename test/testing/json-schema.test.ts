// The generated JSON Schemas (docs/schema, dist/schema) accept and reject what the library
// does, except for the cross-field rules listed as known differences; and the committed files
// are what the generator writes today.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_KNOWN_DIFFERENCES } from '../../scripts/json-schema/profile-shape.js';
import { renderJsonSchemas } from '../../scripts/json-schema/render.js';
import { PAPER_KNOWN_DIFFERENCES, RESPONSES_KNOWN_DIFFERENCES } from '../../scripts/json-schema/scoring-shapes.js';
import { profileSchema } from '../../src/eligibility/index.js';
import { answerKeySchema, paperSchema, responsesSchema } from '../../src/scoring/index.js';
import { arbPaperWithResponses, arbProfile } from '../../src/testing/index.js';

const files = renderJsonSchemas();
const ajv = new Ajv2020({ allErrors: true });
const schemaOf = (file: string): Record<string, unknown> => JSON.parse(files[file] ?? 'null') as Record<string, unknown>;
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (file: string) => compiled.get(file) ?? compiled.set(file, ajv.compile(schemaOf(file))).get(file)!;

interface Area {
  readonly file: string;
  readonly library: { safeParse(value: unknown): { success: boolean } };
}
const PROFILE: Area = { file: 'profile.schema.json', library: profileSchema };
const PAPER: Area = { file: 'paper.schema.json', library: paperSchema };
const KEY: Area = { file: 'answer-key.schema.json', library: answerKeySchema };
const RESPONSES: Area = { file: 'responses.schema.json', library: responsesSchema };

/** [JSON Schema accepts, library accepts] for a value. */
function verdicts(area: Area, value: unknown): [boolean, boolean] {
  return [validator(area.file)(value) as boolean, area.library.safeParse(value).success];
}

const work = { from: '2024-01-01', to: null, related: true };
const certificate = { kind: 'vocational', level: 'junior', issuedOn: '2024-01-01' };
const question = (id: string, points: number) => ({ id, points });
const paperOf = (...questions: { id: string; points: number }[]) => ({ sections: [{ kind: 'single', questions }] });

const INVALID: readonly (readonly [Area, string, unknown])[] = [
  [PROFILE, 'not an object', 'bachelor'],
  [PROFILE, 'null profile', null],
  [PROFILE, 'unknown education level', { education: { level: 'phd' } }],
  [PROFILE, 'education without level', { education: { relatedMajor: true } }],
  [PROFILE, 'relatedness as a string', { education: { level: 'master', relatedMajor: 'yes' } }],
  [PROFILE, 'relatedness naming an unknown track', { work: [{ ...work, related: ['chef'] }] }],
  [PROFILE, 'relatedness listing more entries than there are tracks', { work: [{ ...work, related: Array.from({ length: 7 }, () => 'digital-manager') }] }],
  [PROFILE, 'impossible date 2026-02-30', { work: [{ ...work, from: '2026-02-30' }] }],
  [PROFILE, 'month 13', { work: [{ ...work, from: '2026-13-01' }] }],
  [PROFILE, 'unpadded date', { work: [{ ...work, from: '2026-2-3' }] }],
  [PROFILE, '29 February of a common year', { certificates: [{ ...certificate, issuedOn: '2023-02-29' }] }],
  [PROFILE, 'a date as a number', { work: [{ ...work, from: 20240101 }] }],
  [PROFILE, 'work period without related', { work: [{ from: '2024-01-01' }] }],
  [PROFILE, 'work not a list', { work: work }],
  [PROFILE, 'unknown institution', { enrolment: { institution: 'school', from: '2024-09-01' } }],
  [PROFILE, 'enrolment without from', { enrolment: { institution: 'vocational' } }],
  [PROFILE, 'unknown certificate kind', { certificates: [{ ...certificate, kind: 'diploma' }] }],
  [PROFILE, 'unknown level', { certificates: [{ ...certificate, level: 'expert' }] }],
  [PROFILE, 'skillcert certificate without its track', { certificates: [{ ...certificate, kind: 'skillcert' }] }],
  [PROFILE, 'certificates as null', { certificates: null }],
  [PROFILE, '201 work periods', { work: Array.from({ length: 201 }, () => work) }],
  [PAPER, 'not an object', []],
  [PAPER, 'no sections', {}],
  [PAPER, 'unknown question kind', { sections: [{ kind: 'essay', questions: [question('q1', 100)] }] }],
  [PAPER, 'negative points', paperOf(question('q1', 101), question('q2', -1))],
  [PAPER, 'zero points', paperOf(question('q1', 100), question('q2', 0))],
  [PAPER, 'points above 100', paperOf(question('q1', 150))],
  [PAPER, 'points as a string', paperOf(question('q1', '100' as unknown as number))],
  [PAPER, 'empty question id', paperOf(question('', 100))],
  [PAPER, 'questions not a list', { sections: [{ kind: 'single', questions: question('q1', 100) }] }],
  [KEY, 'an empty option', { q1: '' }],
  [KEY, 'an empty list of options', { q1: [] }],
  [KEY, 'an option that is a number', { q1: 1 }],
  [KEY, 'a list holding an empty option', { q1: ['A', ''] }],
  [KEY, 'not an object', ['A']],
  [KEY, '1001 entries', Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`q${i}`, 'A']))],
  [KEY, 'a list of 101 options', { q1: Array.from({ length: 101 }, () => 'A') }],
  [RESPONSES, 'negative grader points', { s1: -1 }],
  [RESPONSES, 'a boolean', { q1: true }],
  [RESPONSES, 'an object', { q1: { pick: 'A' } }],
  [RESPONSES, 'an empty option in a list', { q1: ['A', ''] }],
  [RESPONSES, 'a list of 101 picks', { q1: Array.from({ length: 101 }, () => 'A') }],
  [RESPONSES, 'null responses', null],
];

// Each known difference: the library rejects it, the JSON Schema cannot, and the schema says so.
const KNOWN_DIFFERENCES: readonly (readonly [Area, string, unknown])[] = [
  [PROFILE, PROFILE_KNOWN_DIFFERENCES[0], { work: [{ from: '2024-01-01', to: '2023-12-31', related: true }] }],
  [PROFILE, PROFILE_KNOWN_DIFFERENCES[1], { enrolment: { institution: 'vocational', from: '2024-09-01', until: '2024-08-31' } }],
  [PAPER, PAPER_KNOWN_DIFFERENCES[0], paperOf(question('q1', 99))],
  [PAPER, PAPER_KNOWN_DIFFERENCES[1], paperOf(question('q1', 50), question('q1', 50))],
  [PAPER, PAPER_KNOWN_DIFFERENCES[2], { sections: [0, 1].map(() => ({ kind: 'short', questions: Array.from({ length: 501 }, (_, i) => question(`q${i}`, 0.1)) })) }],
  [PAPER, PAPER_KNOWN_DIFFERENCES[3], paperOf(question('q1', 99.999), question('q2', 0.001))],
  [RESPONSES, RESPONSES_KNOWN_DIFFERENCES[0], { s1: 7.125 }],
];

describe('JSON Schema files', () => {
  it('docs/schema holds what the generator writes (regenerate: npx tsx scripts/gen-json-schema.ts)', () => {
    expect(Object.keys(files)).toEqual(['profile.schema.json', 'paper.schema.json', 'answer-key.schema.json', 'responses.schema.json']);
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(new URL(`../../docs/schema/${name}`, import.meta.url), 'utf8'), name).toBe(text);
    }
  });

  it('are draft 2020-12 schemas with an id, a title and a generated-by comment', () => {
    for (const name of Object.keys(files)) {
      const schema = schemaOf(name);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toMatch(new RegExp(`/${name.replace('.', '\\.')}$`));
      expect(schema['title']).toMatch(/^skillcert /);
      expect(schema['$comment']).toMatch(/^Generated by scripts\/gen-json-schema\.ts/);
    }
  });
});

describe('the JSON Schemas agree with the library', () => {
  it('on valid profiles (arbProfile)', () => {
    fc.assert(
      fc.property(arbProfile({ work: { max: 4 } }), (profile) => {
        expect(verdicts(PROFILE, JSON.parse(JSON.stringify(profile)))).toEqual([true, true]);
      }),
      { numRuns: 300 },
    );
  });

  it('on valid papers, keys and responses (arbPaperWithResponses)', () => {
    fc.assert(
      fc.property(arbPaperWithResponses({ maxQuestions: 30 }), ({ paper, key, responses }) => {
        expect(verdicts(PAPER, paper)).toEqual([true, true]);
        expect(verdicts(KEY, key)).toEqual([true, true]);
        expect(verdicts(RESPONSES, responses)).toEqual([true, true]);
      }),
      { numRuns: 200 },
    );
  });

  it.each(INVALID.map(([area, name, value]) => [area.file, name, area, value] as const))('%s rejects %s, as the library does', (_, __, area, value) => {
    expect(verdicts(area, value)).toEqual([false, false]);
  });
});

describe('known differences: the library rejects, the JSON Schema cannot express it and says so', () => {
  it.each(KNOWN_DIFFERENCES.map(([area, name, value]) => [area.file, name, area, value] as const))('%s: %s', (file, difference, area, value) => {
    expect(verdicts(area, value)).toEqual([true, false]);
    expect(schemaOf(file)['$comment']).toContain(difference);
  });

  it('lists every known difference in a test above', () => {
    const tested = KNOWN_DIFFERENCES.map(([, difference]) => difference);
    expect(tested).toEqual([...PROFILE_KNOWN_DIFFERENCES, ...PAPER_KNOWN_DIFFERENCES, ...RESPONSES_KNOWN_DIFFERENCES]);
  });
});
