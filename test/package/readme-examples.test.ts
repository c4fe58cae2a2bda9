// Every ```ts block of README.md runs against the BUILT package (`npm run build` first), as a
// user would paste it, and every `//=> value` in it holds:
//   expr; //=> value (note)      the expression equals the value (deep, strict); a trailing
//                                " (note)" is a comment; `…` in an object or list means "and
//                                more" (the listed part must match)
//   expr;                        (next line) //=> value   — the same, for a long expression
//   expr; // throws SkillcertError 'code'                  — it throws that code
// A block whose values are only illustrative opts out with the line
// `<!-- readme-examples: illustrative -->` right before its fence: it is still compiled
// (syntax and imports resolve) but not run. The test lists which blocks opted out, so that
// an opt-out is always visible.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const OPT_OUT = '<!-- readme-examples: illustrative -->';
const work = join(root, '.tmp', 'readme-examples');

interface Block {
  readonly line: number; // 1-based line of the opening fence
  readonly code: string;
  readonly illustrative: boolean;
  readonly heading: string;
}

function blocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
    if (!/^```ts\s*$/.test(line)) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`README.md:${i + 1}: unclosed code block`);
    const before = lines.slice(0, i).reverse().find((l) => l.trim() !== '') ?? '';
    blocks.push({ line: i + 1, code: lines.slice(i + 1, end).join('\n'), illustrative: before.trim() === OPT_OUT, heading });
    i = end;
  }
  return blocks;
}

/** The JS source of a `//=>` value, with its trailing note removed and `…` turned into a partial match. */
function valueOf(text: string): { source: string; partial: boolean } | undefined {
  const candidates = [text.trim()];
  const note = /^(.*?)\s+\([^()]*\)\s*$/.exec(text.trim());
  if (note?.[1] !== undefined) candidates.push(note[1]);
  for (const candidate of candidates) {
    const partial = candidate.includes('…');
    const source = candidate.replace(/,\s*…/g, '').replace(/…\s*,?/g, '');
    try {
      new Function(`return (${source});`);
      return { source, partial };
    } catch {
      // not JS: try without the note
    }
  }
  return undefined;
}

/** The block rewritten so that each checked line records its outcome. */
function instrument(block: Block): { code: string; checks: number } {
  const out: string[] = [];
  let checks = 0;
  const lines = block.code.split('\n');
  lines.forEach((line, index) => {
    const at = block.line + 1 + index;
    const arrow = /^(\s*)(.*?);\s*\/\/=>\s*(.+)$/.exec(line);
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(line);
    const throws = /^(\s*)(.*?);\s*\/\/ throws SkillcertError '([a-z-]+)'/.exec(line);
    if (throws) {
      out.push(`${throws[1]}__throws(() => (${throws[2]}), ${JSON.stringify(throws[3])}, ${at});`);
      checks++;
    } else if (arrow && arrow[2]!.trim() !== '') {
      const value = valueOf(arrow[3]!);
      if (value === undefined) throw new Error(`README.md:${at}: //=> ${arrow[3]} is not a value; write one, or mark the block ${OPT_OUT}`);
      out.push(`${arrow[1]}__expect(() => (${arrow[2]}), () => (${value.source}), ${value.partial}, ${at});`);
      checks++;
    } else if (alone) {
      const previous = out.pop() ?? '';
      const statement = /^(\s*)(.*?);\s*$/.exec(previous);
      const value = valueOf(alone[1]!);
      if (statement === null || value === undefined || /^\s*(const|let|var|import)\b/.test(previous)) {
        throw new Error(`README.md:${at}: a //=> line must follow a one-line expression statement and hold a value`);
      }
      out.push(`${statement[1]}__expect(() => (${statement[2]}), () => (${value.source}), ${value.partial}, ${at});`);
      checks++;
    } else out.push(line);
  });
  return { code: out.join('\n'), checks };
}

const PRELUDE = `
import { isDeepStrictEqual as __equal, inspect as __inspect } from 'node:util';
const __results = [];
function __matches(actual, expected, partial) {
  if (!partial || typeof expected !== 'object' || expected === null) return __equal(actual, expected);
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.keys(expected).every((key) => __matches(actual[key], expected[key], true));
}
function __expect(actual, expected, partial, line) {
  try {
    const got = actual();
    const want = expected();
    __results.push({ line, ok: __matches(got, want, partial), got: __inspect(got, { depth: 4 }), want: __inspect(want, { depth: 4 }) });
  } catch (error) {
    __results.push({ line, ok: false, got: 'threw ' + String(error && error.code ? error.code + ': ' + error.message : error) });
  }
}
function __throws(run, code, line) {
  try {
    const got = run();
    __results.push({ line, ok: false, got: 'returned ' + __inspect(got), want: 'throws ' + code });
  } catch (error) {
    __results.push({ line, ok: error && error.name === 'SkillcertError' && error.code === code, got: 'threw ' + (error && error.code), want: 'throws ' + code });
  }
}
process.on('beforeExit', () => { if (!globalThis.__printed) { globalThis.__printed = true; console.log('__RESULTS__' + JSON.stringify(__results)); } });
`;

const blocks = blocksOf(readFileSync(join(root, 'README.md'), 'utf8'));
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('README.md examples run against the built package', () => {
  it('has ts blocks, and says which ones are illustrative only', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const illustrative = blocks.filter((b) => b.illustrative).map((b) => `${b.heading} (README.md:${b.line})`);
    console.log(`README ts blocks: ${blocks.length}; illustrative (compiled, not run): ${illustrative.length === 0 ? 'none' : illustrative.join('; ')}`);
    expect(illustrative.length).toBeLessThan(blocks.length / 2);
  });

  it.each(blocks.map((block) => [`${block.heading} (README.md:${block.line})`, block] as const))('%s', (_, block) => {
    // Compiled as TypeScript in every case: a block that no longer parses fails here.
    const { code, checks } = instrument(block);
    const js = transformSync(`${PRELUDE}\n${code}`, { loader: 'ts', format: 'esm', target: 'node20' }).code;
    const file = join(work, `block-${block.line}.mjs`);
    writeFileSync(file, js);
    if (block.illustrative) return;
    // Inside the package folder, `skillcert/…` resolves to the package's own built exports.
    const stdout = execFileSync('node', [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const marker = stdout.split('\n').find((l) => l.startsWith('__RESULTS__'));
    const results = JSON.parse(marker?.slice('__RESULTS__'.length) ?? '[]') as { line: number; ok: boolean; got: string; want?: string }[];
    expect(results).toHaveLength(checks);
    for (const r of results) expect(r.ok, `README.md:${r.line}: got ${r.got}, README says ${r.want ?? '(a value)'}`).toBe(true);
  });
});

describe('the //=> reader', () => {
  it('reads values, drops a trailing note, treats … as "and more", and refuses prose', () => {
    expect(valueOf("'2026-10-22'")).toEqual({ source: "'2026-10-22'", partial: false });
    expect(valueOf("'2027-05-31' (senior.3: two full years)")).toEqual({ source: "'2027-05-31'", partial: false });
    expect(valueOf("{ session: { id: '2027-06', … }, eligibility: { eligible: true, … } }")).toEqual({ source: "{ session: { id: '2027-06' }, eligibility: { eligible: true } }", partial: true });
    expect(valueOf('exact, in hundredths: no float drift')).toBeUndefined();
  });
});
