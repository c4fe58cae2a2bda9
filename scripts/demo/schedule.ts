// The next three exam sessions still open for registration, from today's China date, with
// every date of each and the estimated ones marked (their year's holidays are not published).
import { chinaToday } from 'skillcert/calendar';
import { getSession, nextOpenSession, registrationStatus, SESSION_DATE_LABELS, type ExamSession, type WorkingDayDateName } from 'skillcert/schedule';

const LABELS = SESSION_DATE_LABELS;

// The date first, so that the columns line up whatever the width of the Chinese labels.
function line(key: keyof typeof LABELS, value: string, provisional = false): string {
  const mark = provisional ? '  * provisional 暂定' : '';
  return `  ${value.padEnd(25)} ${LABELS[key].en} / ${LABELS[key].zh}${mark}`;
}

function nextMonth(session: ExamSession): ExamSession {
  const [year, month] = session.id.split('-').map(Number) as [number, number];
  return month === 12 ? getSession(year + 1, 1) : getSession(year, month + 1);
}

export default function demo(): void {
  const today = chinaToday();
  console.log(`\n== skillcert/schedule: the next three open sessions (China date today: ${today})`);
  let session = nextOpenSession(today);
  for (let shown = 0; shown < 3; shown++, session = nextMonth(session)) {
    const { daysLeft } = registrationStatus(session, today);
    const flags = [
      session.flags.examOnHoliday ? 'exam on a public holiday 考试日为法定节假日' : '',
      session.flags.examOnMakeupWorkday ? 'exam on a make-up working day 考试日为调休上班日' : '',
      session.flags.examDayProvisional ? 'holidays of the exam year not yet published 考试年份节假日安排尚未公布' : '',
    ].filter(Boolean);
    console.log(`\nSession ${session.id}  (registration: ${daysLeft} day(s) left${flags.length > 0 ? `; ${flags.join('; ')}` : ''})`);
    console.log(line('examDate', session.examDate));
    console.log(line('registrationCloses', session.registrationCloses));
    console.log(line('sprintCourse', `${session.sprintCourse.from} … ${session.sprintCourse.to}`));
    console.log(line('mockTest', `${session.mockTest.from} … ${session.mockTest.to}`));
    for (const key of ['scoresFrom', 'certificatesBy', 'certificateQueryFrom'] as const satisfies readonly WorkingDayDateName[]) {
      console.log(line(key, session[key], session.provisional.includes(key)));
    }
  }
  console.log('\n* counted from weekends alone: that year’s official holiday schedule is not yet published.');
}
