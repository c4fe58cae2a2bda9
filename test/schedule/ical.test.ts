import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../src/core/plain-date.js';
import { getSession, MAX_ICALENDAR_SESSIONS, sessionsInYear, toICalendar, type ExamSession } from '../../src/schedule/index.js';
import { thrown } from '../thrown.js';

const NOW = Date.UTC(2026, 10, 29, 8, 30, 5);

interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string | null;
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly sequence: number;
}

/** The events as an independent parser (ical.js) reads them. */
function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: (component.getFirstPropertyValue('description') as string | null) ?? null,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      sequence: event.sequence,
    };
  });
}

/** Every date of a session as [event field, first day, last day], written out from the session itself. */
function datesOf(session: ExamSession): [string, PlainDate, PlainDate][] {
  return [
    ['registrationCloses', session.registrationCloses, session.registrationCloses],
    ['sprintCourse', session.sprintCourse.from, session.sprintCourse.to],
    ['mockTest', session.mockTest.from, session.mockTest.to],
    ['examDate', session.examDate, session.examDate],
    ['scoresFrom', session.scoresFrom, session.scoresFrom],
    ['certificatesBy', session.certificatesBy, session.certificatesBy],
    ['certificateQueryFrom', session.certificateQueryFrom, session.certificateQueryFrom],
  ];
}

describe('toICalendar', () => {
  it('writes the December 2026 session as seven all-day events an independent parser reads back', () => {
    const session = getSession(2026, 12);
    const events = parse(toICalendar([session], { now: NOW }));
    expect(events.map(({ uid, start, end, allDay }) => [uid, start, end, allDay])).toEqual([
      // Exam 2026-12-26 (the last Saturday); registration closes 7 days before [I-15]; sprint
      // course exam − 7 … exam − 1 [I-19]; pre-exam test exam − 3 … exam − 2 [I-20]; the
      // DTEND of an all-day event is the day after its last day.
      ['2026-12-registrationCloses@skillcert', '2026-12-19', '2026-12-20', true],
      ['2026-12-sprintCourse@skillcert', '2026-12-19', '2026-12-26', true],
      ['2026-12-mockTest@skillcert', '2026-12-23', '2026-12-25', true],
      ['2026-12-examDate@skillcert', '2026-12-26', '2026-12-27', true],
      ['2026-12-scoresFrom@skillcert', session.scoresFrom, addDays(session.scoresFrom, 1), true],
      ['2026-12-certificatesBy@skillcert', session.certificatesBy, addDays(session.certificatesBy, 1), true],
      ['2026-12-certificateQueryFrom@skillcert', session.certificateQueryFrom, addDays(session.certificateQueryFrom, 1), true],
    ]);
    expect(events[3]?.summary).toBe('数字技能证书2026年12月考试：考试日');
  });

  it('says 暂定 / provisional in the title of each date computed without the official holiday schedule', () => {
    // December 2026's result dates fall in 2027, whose holidays are not in the data.
    const session = getSession(2026, 12);
    expect(session.provisional).toEqual(['scoresFrom', 'certificatesBy', 'certificateQueryFrom']);
    for (const lang of ['zh', 'en'] as const) {
      const events = parse(toICalendar([session], { lang, now: NOW }));
      const marked = events.filter(({ summary }) => summary.includes(lang === 'zh' ? '暂定' : 'provisional')).map(({ uid }) => uid.split('@')[0]);
      expect(marked).toEqual(['2026-12-scoresFrom', '2026-12-certificatesBy', '2026-12-certificateQueryFrom']);
      for (const event of events) expect(event.sequence).toBe(marked.includes(event.uid.split('@')[0] as string) ? 0 : 1);
    }
    // September 2026 is official throughout.
    expect(parse(toICalendar([getSession(2026, 9)], { now: NOW })).some(({ summary }) => summary.includes('暂定'))).toBe(false);
  });

  it('keeps UIDs stable across calls, languages and moments, and unique within a file', () => {
    const sessions = sessionsInYear(2026);
    const zh = parse(toICalendar(sessions, { now: NOW })).map(({ uid }) => uid);
    const en = parse(toICalendar(sessions, { lang: 'en', now: NOW + 86_400_000 })).map(({ uid }) => uid);
    expect(en).toEqual(zh);
    expect(new Set(zh).size).toBe(12 * 7);
  });

  it('writes English titles and a DTSTAMP in UTC', () => {
    const ics = toICalendar([getSession(2026, 9)], { lang: 'en', now: NOW });
    expect(parse(ics)[3]?.summary).toBe('September 2026 skill certificate exam: Exam day');
    expect(ics).toContain('\r\nDTSTAMP:20261129T083005Z\r\n');
  });

  it('follows the RFC 5545 line rules: CRLF, at most 75 octets, folded without splitting a character', () => {
    const ics = toICalendar(sessionsInYear(2027), { now: NOW });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The provisional description is longer than one line: it was folded, and unfolds to the text.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const description = parse(ics).find(({ summary }) => summary.includes('暂定'))?.description;
    expect(description).toBe('该年节假日安排尚未公布，此日期按周末推算，公布后可能调整。');
  });

  it('escapes TEXT: the English description with a comma and a colon reads back unchanged', () => {
    const ics = toICalendar([getSession(2026, 12)], { lang: 'en', now: NOW });
    expect(ics.replace(/\r\n /g, '')).toContain('Estimated from weekends alone: that year\'s official holiday schedule is not yet published\\, so');
    expect(parse(ics).find(({ uid }) => uid.startsWith('2026-12-scoresFrom'))?.description).toBe(
      "Estimated from weekends alone: that year's official holiday schedule is not yet published, so this date may change.",
    );
  });

  it('round-trips every date of every session (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('zh' as const, 'en' as const), (year, month, lang) => {
        const session = getSession(year, month);
        const events = parse(toICalendar([session], { lang, now: NOW }));
        expect(events.map(({ uid, start, end }) => [uid, start, end])).toEqual(
          datesOf(session).map(([field, first, last]) => [`${session.id}-${field}@skillcert`, first, addDays(last, 1)]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('writes an empty calendar for no sessions', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar([], { now: NOW })));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });

  it('rejects what is not a list of sessions, with paths', () => {
    const session = getSession(2026, 12);
    expect(thrown(() => toICalendar('2026-12' as never)).code).toBe('invalid-input');
    expect(thrown(() => toICalendar([{ ...session, examDate: '2026-12-32' as PlainDate }])).issues.map((issue) => issue.path)).toEqual([[0, 'examDate']]);
    expect(thrown(() => toICalendar([session, { ...getSession(2027, 1), mockTest: null as never }])).issues[0]?.path).toEqual([1, 'mockTest']);
    expect(thrown(() => toICalendar([session, session])).issues[0]?.path).toEqual([1, 'id']);
    expect(thrown(() => toICalendar([{ ...session, provisional: ['examDate'] as never }])).issues[0]?.path).toEqual([0, 'provisional']);
    expect(thrown(() => toICalendar(new Array(MAX_ICALENDAR_SESSIONS + 1))).issues[0]?.message.en).toContain(`${MAX_ICALENDAR_SESSIONS}`);
    expect(thrown(() => toICalendar([session], { lang: 'fr' as never })).issues[0]?.path).toEqual(['options', 'lang']);
    expect(thrown(() => toICalendar([session], { now: Number.NaN })).issues[0]?.path).toEqual(['options', 'now']);
    expect(thrown(() => toICalendar([session], { colour: 'red' } as never)).issues[0]?.path).toEqual(['options', 'colour']);
    const hostile = new Proxy([], { get: () => { throw new Error('no'); } });
    expect(thrown(() => toICalendar(hostile)).code).toBe('invalid-input');
  });
});
