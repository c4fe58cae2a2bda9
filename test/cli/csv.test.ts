import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvLine, csvRowCells } from '../../src/cli/batch/answer.js';
import { csvTemplateRows, profileFromRow, readHeader } from '../../src/cli/batch/csv-layout.js';
import { cutRecords } from '../../src/cli/batch/input.js';
import { CliProblem } from '../../src/cli/messages.js';

const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', ';', '~', ':', '中', '1') });

async function records(parts: string[], quoted: boolean): Promise<unknown[]> {
  const out: unknown[] = [];
  async function* texts(): AsyncIterable<string> {
    yield* parts;
  }
  for await (const record of cutRecords(texts(), quoted)) out.push(record);
  return out;
}

describe('CSV cells and lines', () => {
  it('reads a row as csv-parse does, and writes a line as csv-stringify does', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (cells) => {
        // csv-stringify's line, read back by csvRowCells, gives the cells again (when the line is one row).
        const line = stringify([cells]);
        expect(csvLine(cells)).toBe(line);
        const row = line.slice(0, -1);
        if (!row.includes('\n') && !row.includes('\r')) expect(csvRowCells(row)).toEqual((parse(row, { relax_column_count: true }) as string[][])[0] ?? ['']);
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts rows at line ends outside quotes, numbered by the line they start on; CRLF and blank lines are fine', async () => {
    expect(await records(['id,work\r\nA1,"x\r', '\ny"\r\n\r\nA2,', 'z\n'], true)).toEqual([
      { n: 1, text: 'id,work' },
      { n: 2, text: 'A1,"x\r\ny"' },
      { n: 5, text: 'A2,z' },
    ]);
  });

  it('turns a record over 1 MB into a too-large record and goes on with the next', async () => {
    const big = 'x'.repeat(600_000);
    expect(await records(['{"a":1}\n', `"${big}`, `${big}"\n`, '{"b":2}\n'], false)).toEqual([{ n: 1, text: '{"a":1}' }, { n: 2, tooLarge: true }, { n: 3, text: '{"b":2}' }]);
    // In a CSV, a quoted newline inside the oversize row does not end it.
    expect(await records([`"${big}\n`, `${big}",1\n`, 'A2,2\n'], true)).toEqual([{ n: 1, tooLarge: true }, { n: 3, text: 'A2,2' }]);
  });
});

describe('CSV sheet layout', () => {
  it('reads the worked example of the template, in Chinese and in English, as the same profile', () => {
    const profiles = (['zh', 'en'] as const).map((lang) => {
      const [header, example] = csvTemplateRows(lang) as [string[], string[]];
      return profileFromRow(example, readHeader(header, 'id'));
    });
    expect(profiles[0]).toEqual(profiles[1]);
    expect(profiles[1]).toEqual({
      id: 'A0001',
      profile: {
        education: { level: 'bachelor', relatedMajor: false },
        enrolment: null,
        work: [
          { from: '2019-07-01', to: '2022-06-30', related: true },
          { from: '2022-09-01', to: null, related: ['digital-manager', 'internet-marketer'] },
        ],
        certificates: [{ kind: 'skillcert', level: 'junior', track: 'digital-manager', issuedOn: '2021-05-20' }],
      },
    });
  });

  it('leaves an empty cell unknown, and refuses an unknown or repeated column', () => {
    const header = readHeader(['编号', '最高学历', 'work'], 'id');
    expect(profileFromRow(['A9', '', ''], header)).toEqual({ id: 'A9', profile: {} });
    expect(() => readHeader(['id', 'salary'], 'id')).toThrow(CliProblem);
    expect(() => readHeader(['work', '工作经历'], 'id')).toThrow(CliProblem);
    expect(readHeader(['no', 'work'], 'no')).toEqual(['id', 'work']);
    expect(() => profileFromRow(['A1', 'bachelor', '2019-01-01:related'], header)).toThrow(CliProblem);
  });
});
