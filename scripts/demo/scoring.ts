// One candidate's paper, scored exactly: a blueprint of 40 single-choice, 20 multiple-choice
// and 4 short-answer questions, the key, the responses, and the result by section, first
// all-or-nothing [I-22] and then with half credit for an incomplete multiple choice.
import { blueprint, QUESTION_KINDS, scorePaper, type PaperScore, type Responses } from 'skillcert/scoring';

const OPTIONS = ['A', 'B', 'C', 'D'];

function nameOf(kind: string): string {
  const found = QUESTION_KINDS.find((entry) => entry.id === kind);
  return found === undefined ? kind : `${found.name.en} / ${found.name.zh}`;
}

function print(title: string, result: PaperScore): void {
  const verdict = result.passed ? 'PASS / 通过' : `FAIL / 未通过 (${result.pointsToPass} more to pass / 距及格还差 ${result.pointsToPass} 分)`;
  console.log(`\n${title}\n  Total / 总分: ${result.total} of 100 (pass mark / 及格线 ${result.passMark}) — ${verdict}`);
  for (const section of result.sections) {
    console.log(`  ${`${section.earned} / ${section.possible}`.padEnd(10)} ${nameOf(section.kind)}`);
  }
  const counts = new Map<string, number>();
  for (const question of result.questions) counts.set(question.verdict, (counts.get(question.verdict) ?? 0) + 1);
  console.log(`  Verdicts: ${[...counts].map(([verdict, count]) => `${verdict} ${count}`).join(', ')}`);
}

export default function demo(): void {
  console.log('\n== skillcert/scoring: one paper, scored in exact hundredths');
  const paper = blueprint({ single: [40, 1], multiple: [20, 2], short: [4, 5] });
  const key: Record<string, string | string[]> = {};
  const responses: Record<string, Responses[string]> = {};
  paper.sections.forEach(({ kind, questions }) =>
    questions.forEach(({ id, points }, i) => {
      if (kind === 'single') {
        key[id] = OPTIONS[i % 4] ?? 'A';
        responses[id] = i % 4 === 0 ? (OPTIONS[(i + 1) % 4] ?? 'B') : key[id]; // every fourth wrong
      } else if (kind === 'multiple') {
        key[id] = ['A', 'C'];
        responses[id] = i % 4 === 0 ? ['A'] : i % 4 === 1 ? ['A', 'B'] : ['C', 'A']; // a subset, a wrong pick, right
      } else {
        responses[id] = i === 3 ? null : points - i * 2; // the grader's points; the last left blank
      }
    }),
  );
  console.log(`Paper / 试卷: ${paper.sections.map((section) => `${section.questions.length} × ${section.questions[0]?.points} (${nameOf(section.kind)})`).join(', ')}`);
  print('All-or-nothing multiple choice / 多选题全对才得分', scorePaper(paper, key, responses));
  print('Half credit for a correct subset / 多选题少选得一半分', scorePaper(paper, key, responses, { policy: { multiple: { partial: 0.5 } } }));

  const tenths = blueprint({ short: [1000, 0.1] });
  const sixHundred = Object.fromEntries(tenths.sections[0]!.questions.slice(0, 600).map(({ id }) => [id, 0.1]));
  const result = scorePaper(tenths, {}, sixHundred);
  console.log(`\n600 answers of 0.1 point: total ${result.total}, passed ${result.passed} (a float sum gives ${Array.from({ length: 600 }, () => 0.1).reduce((a, b) => a + b, 0)})`);
}
