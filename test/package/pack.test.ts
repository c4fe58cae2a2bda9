// The package as users receive it: what `npm pack` ships, what publint and "are the types
// wrong" say of it, and that a separate project can import every subpath both as ESM and
// as CJS from the installed tarball.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const subpaths = ['skillcert', 'skillcert/eligibility', 'skillcert/calendar', 'skillcert/schedule', 'skillcert/scoring', 'skillcert/testing'];
let work: string;
let tarball: string;
let packedFiles: string[];

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'skillcert-pack-'));
  const output = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as { filename: string; files: { path: string }[] }[];
  const packed = output[0];
  if (packed === undefined) throw new Error('npm pack printed nothing');
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((file) => file.path);
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships dist, docs/rules.md and docs/options.md (README links them), README, CHANGELOG, LICENSE and package.json, and no tests or sources', () => {
    for (const required of ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json', 'docs/rules.md', 'docs/options.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
      expect(packedFiles).toContain(required);
    }
    for (const name of ['profile', 'paper', 'answer-key', 'responses']) expect(packedFiles).toContain(`dist/schema/${name}.schema.json`);
    expect(packedFiles.filter((file) => !/^(dist\/|docs\/(rules|options)\.md$|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(file))).toEqual([]);
    expect(packedFiles.filter((file) => /\.test\.|^test\/|^src\//.test(file))).toEqual([]);
  });

  it('passes publint', () => {
    const output = run('npx', ['publint', '--strict', '--pack', 'npm'], root);
    expect(output).not.toMatch(/error|warning/i);
  });

  it('passes "are the types wrong" for every subpath in all four profiles (node10 through typesVersions)', () => {
    let output: string;
    try {
      output = run('npx', ['attw', tarball, '--format', 'ascii'], root);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
      throw new Error(`attw found problems:\n${output}`);
    }
    // attw exits non-zero on any problem; each subpath must be green in every profile.
    for (const id of subpaths) {
      const block = output.split('***********************************').find((part) => part.includes(`"${id}"`));
      expect(block, id).toBeDefined();
      for (const profile of ['node10', 'node16 \\(from CJS\\)', 'node16 \\(from ESM\\)', 'bundler']) expect(block, `${id} ${profile}`).toMatch(new RegExp(`${profile}: 🟢`));
    }
  });

  it('types every subpath for moduleResolution node10 through typesVersions', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { typesVersions: Record<string, Record<string, string[]>> };
    for (const id of subpaths.slice(1)) {
      const [target] = manifest.typesVersions['*']?.[id.replace('skillcert/', '')] ?? [];
      expect(packedFiles, id).toContain(target?.replace(/^\.\//, ''));
    }
  });

  it('installs into a separate project and imports every subpath as ESM and as CJS', () => {
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'commonjs' }));
    // fast-check is the optional peer that skillcert/testing needs.
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'fast-check@^4'], app);
    const esm = subpaths.map((id, i) => `import * as m${i} from '${id}'; if (Object.keys(m${i}).length === 0) throw new Error('${id}: no exports');`).join('\n');
    writeFileSync(join(app, 'esm.mjs'), `${esm}\nconsole.log('esm ok');\n`);
    const cjs = subpaths.map((id) => `if (Object.keys(require('${id}')).length === 0) throw new Error('${id}: no exports');`).join('\n');
    writeFileSync(join(app, 'cjs.cjs'), `${cjs}\nconsole.log('cjs ok');\n`);
    expect(run('node', ['esm.mjs'], app).trim()).toBe('esm ok');
    expect(run('node', ['cjs.cjs'], app).trim()).toBe('cjs ok');
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/skillcert/package.json'), 'utf8')) as { sideEffects: boolean; repository?: { url?: string } };
    expect(installed.sideEffects).toBe(false);
    expect(installed.repository?.url).toMatch(/^git\+https:\/\//);

    // The JSON Schemas are exported as skillcert/schema/<name>.json, for require and import alike.
    writeFileSync(join(app, 'schema.cjs'), "console.log(require('skillcert/schema/profile.schema.json').title, require.resolve('skillcert/schema/paper.schema.json').endsWith('dist/schema/paper.schema.json'));");
    expect(run('node', ['schema.cjs'], app).trim()).toBe('skillcert profile true');
    writeFileSync(join(app, 'schema.mjs'), "import schema from 'skillcert/schema/responses.schema.json' with { type: 'json' }; console.log(schema.$schema);");
    expect(run('node', ['schema.mjs'], app).trim()).toBe('https://json-schema.org/draft/2020-12/schema');

    // Failure isolation: without chinese-days (the holiday data), everything still loads;
    // eligibility and scoring answer, and the calendar side says calendar-data at first use.
    rmSync(join(app, 'node_modules/chinese-days'), { recursive: true, force: true });
    writeFileSync(
      join(app, 'isolated.cjs'),
      [
        "const { checkEligibility } = require('skillcert/eligibility');",
        "const { scorePaper, blueprint } = require('skillcert/scoring');",
        "const r = checkEligibility({ education: { level: 'master' } }, { track: 'digital-manager', level: 'intermediate', asOf: '2026-11-28' });",
        "const p = blueprint({ single: [100, 1] });",
        "const s = scorePaper(p, Object.fromEntries(p.sections[0].questions.map((q) => [q.id, 'A'])), {});",
        "console.log(r.eligible, s.total);",
      ].join('\n'),
    );
    expect(run('node', ['isolated.cjs'], app).trim()).toBe('true 0');
    writeFileSync(join(app, 'isolated.mjs'), "import { checkEligibility } from 'skillcert/eligibility'; import { scorePaper } from 'skillcert/scoring'; console.log(typeof checkEligibility, typeof scorePaper);");
    expect(run('node', ['isolated.mjs'], app).trim()).toBe('function function');
    // …and the calendar side still loads, failing at first use with calendar-data.
    writeFileSync(
      join(app, 'no-data.mjs'),
      "import { chinaCalendar, checkEligibility } from 'skillcert'; try { chinaCalendar.dayKind('2026-10-01'); console.log('answered'); } catch (e) { console.log(e.code, typeof checkEligibility); }",
    );
    expect(run('node', ['no-data.mjs'], app).trim()).toBe('calendar-data function');
    writeFileSync(join(app, 'no-data.cjs'), "const { getSession } = require('skillcert/schedule'); try { getSession(2026, 9); console.log('answered'); } catch (e) { console.log(e.code); }");
    expect(run('node', ['no-data.cjs'], app).trim()).toBe('calendar-data');
  });
});
