// The working-day calendar on the built package: what kind of day a few dates are, and the
// dates 15 / 40 / 45 working days after the September 2026 exam ([I-21]).
import { chinaCalendar, SkillcertError, type DayKind } from 'skillcert/calendar';

const KIND_LABELS: Record<DayKind, { zh: string; en: string }> = {
  workday: { zh: '工作日', en: 'working day' },
  'makeup-workday': { zh: '调休上班', en: 'make-up working day' },
  holiday: { zh: '法定节假日', en: 'public holiday' },
  weekend: { zh: '周末', en: 'weekend' },
};

const AFTER_EXAM = [
  { n: 15, zh: '成绩可查询', en: 'scores can be queried' },
  { n: 40, zh: '证书发放截止', en: 'certificates issued by' },
  { n: 45, zh: '证书可查询', en: 'certificates can be queried' },
] as const;

export default function demoCalendar(): void {
  const { from, to } = chinaCalendar.coverage;
  console.log(`\n# 工作日日历 / Working-day calendar (数据覆盖 / covered: ${from}–${to})`);

  for (const date of ['2026-09-26', '2026-09-28', '2026-10-01', '2026-10-10']) {
    const label = KIND_LABELS[chinaCalendar.dayKind(date)];
    const working = chinaCalendar.isWorkingDay(date);
    console.log(`${date}  ${working ? '上班' : '休息'} / ${working ? 'working' : 'day off'}  — ${label.zh} / ${label.en}`);
  }

  const exam = '2026-09-26';
  console.log(`\n考试日 / Exam day: ${exam}`);
  for (const { n, zh, en } of AFTER_EXAM) {
    console.log(`  +${n} 个工作日 / working days: ${chinaCalendar.addWorkingDays(exam, n)}  ${zh} / ${en}`);
  }
  const explained = chinaCalendar.explainWorkingDays(exam, 15);
  const holidays = explained.skipped.filter((day) => day.kind === 'holiday');
  console.log(`  跳过的节假日 / holidays skipped before +15: ${holidays.map((day) => `${day.date.slice(5)} ${day.name?.zh ?? ''}`).join(', ')}`);
  console.log(`  计入的调休上班日 / make-up working days counted: ${explained.makeupWorkdays.join(', ')}`);

  try {
    chinaCalendar.isWorkingDay('2027-10-01');
  } catch (error) {
    if (!(error instanceof SkillcertError)) throw error;
    console.log(`\n2027-10-01: ${error.code} (year ${error.year}) — 尚无官方安排，不作猜测 / no official schedule yet, no guess`);
  }
  const estimate = chinaCalendar.addWorkingDaysDetailed('2026-12-26', 15, { uncovered: 'weekends-only' });
  console.log(`2026-12-26 +15, weekends-only: ${estimate.value} (provisional: ${estimate.provisional}) 仅按周末估算 / estimated from weekends only`);
}
