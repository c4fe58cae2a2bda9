// toICalendar's refusals as whole lists of issues (path, code, params), and the file's fixed
// lines: the calendar header, which events carry a DESCRIPTION, TRANSP, and folding that
// breaks a line only when the next character would pass 75 octets (RFC 5545 3.1).
import { describe, expect, it } from 'vitest';
import type { IssueCode, IssueParams, IssuePath } from '../../src/core/errors.js';
import { getSession, MAX_ICALENDAR_SESSIONS, sessionsInYear, toICalendar, type ExamSession } from '../../src/schedule/index.js';
import { bareIssue, thrown } from '../thrown.js';

const NOW = Date.UTC(2026, 10, 29, 8, 30, 5);
const session = getSession(2026, 9); // official throughout: nothing provisional
type Expected = { path: IssuePath; code: IssueCode; params?: IssueParams };
const withField = (field: string, value: unknown): ExamSession => ({ ...session, [field]: value }) as unknown as ExamSession;

const cases: readonly [name: string, sessions: unknown, options: unknown, issues: Expected[]][] = [
  ['sessions that are a string', '2026-09', { now: NOW }, [{ path: [], code: 'wrong-type', params: { expected: 'session-list', value: '2026-09' } }]],
  ['a session that is a string', ['2026-09'], { now: NOW }, [{ path: [0], code: 'wrong-type', params: { expected: 'session', value: '2026-09' } }]],
  ['a session that is null', [null], { now: NOW }, [{ path: [0], code: 'wrong-type', params: { expected: 'session', value: 'null' } }]],
  ['an id that is not YYYY-MM', [withField('id', '2026-13')], { now: NOW }, [{ path: [0, 'id'], code: 'wrong-type', params: { expected: 'session-id', value: '2026-13' } }]],
  ['an id that is a number', [withField('id', 202609)], { now: NOW }, [{ path: [0, 'id'], code: 'wrong-type', params: { expected: 'session-id', value: '202609' } }]],
  // A list whose text is a valid id is still not a string.
  ['an id that is a list', [withField('id', ['2026-09'])], { now: NOW }, [{ path: [0, 'id'], code: 'wrong-type', params: { expected: 'session-id', value: 'an array' } }]],
  ['a repeated id', [session, session], { now: NOW }, [{ path: [1, 'id'], code: 'duplicate-id', params: { id: '2026-09' } }]],
  [
    // Its DTEND, the next day, is not a plain date.
    'an exam on 9999-12-31',
    [withField('examDate', '9999-12-31')],
    { now: NOW },
    [{ path: [0, 'examDate'], code: 'out-of-range', params: { what: 'exam-day', min: '0001-01-01', max: '9999-12-30', value: '9999-12-31' } }],
  ],
  ['an impossible exam date', [withField('examDate', '2026-02-30')], { now: NOW }, [{ path: [0, 'examDate'], code: 'impossible-date', params: { value: '2026-02-30' } }]],
  ['a span that is a string', [withField('sprintCourse', '2026-09-12')], { now: NOW }, [{ path: [0, 'sprintCourse'], code: 'wrong-type', params: { expected: 'date-span', value: '2026-09-12' } }]],
  ['a span that is null', [withField('sprintCourse', null)], { now: NOW }, [{ path: [0, 'sprintCourse'], code: 'wrong-type', params: { expected: 'date-span', value: 'null' } }]],
  [
    'a span with bad ends',
    [withField('mockTest', { from: 'x', to: '2026-02-30' })],
    { now: NOW },
    [
      { path: [0, 'mockTest', 'from'], code: 'not-a-date', params: { value: 'x' } },
      { path: [0, 'mockTest', 'to'], code: 'impossible-date', params: { value: '2026-02-30' } },
    ],
  ],
  ['provisional that is not a list', [withField('provisional', 'scoresFrom')], { now: NOW }, [{ path: [0, 'provisional'], code: 'wrong-type', params: { expected: 'provisional-list', value: 'scoresFrom' } }]],
  [
    'provisional naming a date four times',
    [withField('provisional', ['scoresFrom', 'scoresFrom', 'scoresFrom', 'scoresFrom'])],
    { now: NOW },
    [{ path: [0, 'provisional'], code: 'wrong-type', params: { expected: 'provisional-list', value: 'an array' } }],
  ],
  ['options that are a string', [session], 'en', [{ path: ['options'], code: 'wrong-type', params: { expected: 'options', value: 'en' } }]],
  ['options that are null', [session], null, [{ path: ['options'], code: 'wrong-type', params: { expected: 'options', value: 'null' } }]],
  ['an unknown option', [session], { now: NOW, colour: 'red' }, [{ path: ['options', 'colour'], code: 'unknown-key', params: { what: 'option-key', key: 'colour', expected: 'lang, now' } }]],
  ['an unknown language', [session], { now: NOW, lang: 'fr' }, [{ path: ['options', 'lang'], code: 'unknown-value', params: { what: 'language', value: 'fr', expected: 'zh, en' } }]],
  ['a moment that is not one', [session], { now: 'today' }, [{ path: ['options', 'now'], code: 'wrong-type', params: { expected: 'stamp-instant', value: 'today' } }]],
];

describe('toICalendar refusals: path, code and params', () => {
  it.each(cases)('%s', (_name, sessions, options, expected) => {
    const error = thrown(() => toICalendar(sessions as never, options as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map(bareIssue)).toEqual(expected);
  });

  it('refuses one session more than MAX_ICALENDAR_SESSIONS before reading any, and accepts that many', () => {
    expect(thrown(() => toICalendar(new Array(MAX_ICALENDAR_SESSIONS + 1))).issues.map(bareIssue)).toEqual([
      { path: [], code: 'too-many', params: { max: MAX_ICALENDAR_SESSIONS, what: 'sessions' } },
    ]);
    const all = Array.from({ length: MAX_ICALENDAR_SESSIONS }, (_, i) => ({ ...session, id: `${1990 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` }));
    expect(toICalendar(all, { now: NOW }).split('BEGIN:VEVENT').length - 1).toBe(MAX_ICALENDAR_SESSIONS * 7);
  });

  it('takes now: undefined as no moment given (the current one)', () => {
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(toICalendar([session], { now: undefined }))?.[1];
    expect(stamp?.slice(0, 4)).toBe(new Date().toISOString().slice(0, 4));
  });
});

describe('toICalendar lines', () => {
  const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');

  it('starts with the calendar header, naming the language in PRODID', () => {
    for (const [lang, name] of [['zh', '数字技能证书考试日程'], ['en', 'Skill certificate exam dates']] as const) {
      expect(unfold(toICalendar([], { lang, now: NOW }))).toEqual([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:-//skillcert//exam sessions//${lang.toUpperCase()}`,
        'CALSCALE:GREGORIAN',
        `X-WR-CALNAME:${name}`,
        'END:VCALENDAR',
        '',
      ]);
    }
  });

  it('describes only the registration deadline and provisional dates, and marks every event transparent', () => {
    const lines = unfold(toICalendar([session], { lang: 'en', now: NOW }));
    expect(lines.filter((line) => line.startsWith('DESCRIPTION:'))).toEqual(['DESCRIPTION:Registration is open until the end of this day\\, China time.']);
    expect(lines.filter((line) => line === 'TRANSP:TRANSPARENT')).toHaveLength(7);
    const december = unfold(toICalendar([getSession(2026, 12)], { now: NOW }));
    expect(december.filter((line) => line.startsWith('DESCRIPTION:'))).toEqual([
      'DESCRIPTION:报名截止当日（北京时间）仍可报名。',
      ...Array.from({ length: 3 }, () => 'DESCRIPTION:该年节假日安排尚未公布，此日期按周末推算，公布后可能调整。'),
    ]);
  });

  it('folds a line only when its next character would pass 75 octets', () => {
    const octets = (text: string): number => new TextEncoder().encode(text).length;
    for (const lang of ['zh', 'en'] as const) {
      const physical = toICalendar(sessionsInYear(2027), { lang, now: NOW }).split('\r\n');
      let folds = 0;
      physical.forEach((line, i) => {
        const next = physical[i + 1];
        expect(octets(line)).toBeLessThanOrEqual(75);
        if (next?.startsWith(' ') === true) {
          folds++;
          const following = [...next.slice(1)][0] ?? '';
          expect(octets(line) + octets(following), line).toBeGreaterThan(75);
        }
      });
      expect(folds).toBeGreaterThan(0);
    }
  });
});
