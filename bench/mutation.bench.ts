// Runs-to-failure of the kit's planted-mistake validator (test/testing/mutation): for each
// mistake and each of five fixed seeds, how many generated cases it takes before the
// validator with that mistake disagrees with the library — the edge-aimed arbitraries
// (arbEligibilityCase, arbWorkingDayCase, arbScoringCase) beside the older uniform ones
// (arbProfile, arbPlainDate, arbPaperWithResponses), both capped at 1,000 runs.
import { formatTable, MAX_RUNS, mutationTable } from '../test/testing/mutation/runs-to-failure.js';

export default function mutationBench(): void {
  console.log(`Runs to the first disagreement (> ${MAX_RUNS}: not found within ${MAX_RUNS} runs)\n`);
  console.log(formatTable(mutationTable(['new', 'old'])));
}
