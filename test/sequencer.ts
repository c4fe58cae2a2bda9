// The order in which `npm test` starts its test files. vitest's own order runs project after
// project; with a zone per project that leaves the longest files (the fuzz) to start late and
// finish alone on one core. Here: files with a measured duration (vitest's cache, kept between
// local runs) longest first, whatever their project; on a fresh clone, where nothing is
// measured yet, the files known to be long first, then vitest's order (larger files first).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Known to take seconds rather than milliseconds, longest first (measured).
const KNOWN_LONG = [/test\/fuzz\/api/, /test\/package\//, /test\/testing\/mutation-kit/, /test\/scoring\/properties/, /test\/fuzz\/guarantees-2/];

/** vitest's sequencer with the longest files first across projects. */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const cache = this.ctx.cache;
    const known = (spec: TestSpecification): number => {
      const index = KNOWN_LONG.findIndex((pattern) => pattern.test(spec.moduleId));
      return index === -1 ? KNOWN_LONG.length : index;
    };
    const duration = (spec: TestSpecification): number | undefined =>
      cache.getFileTestResults(`${spec.project.name}:${spec.moduleId.slice(this.ctx.config.root.length + 1)}`)?.duration;
    const measured = base.every((spec) => duration(spec) !== undefined);
    return base
      .map((spec, order) => ({ spec, order }))
      .sort((a, b) => (measured ? (duration(b.spec) ?? 0) - (duration(a.spec) ?? 0) : known(a.spec) - known(b.spec)) || a.order - b.order)
      .map(({ spec }) => spec);
  }
}
