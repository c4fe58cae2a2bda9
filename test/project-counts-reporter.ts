// A vitest reporter for scripts/test-all-tz.mjs: how many tests passed and failed in each
// project (the JSON reporter does not name projects), written to .tmp/project-counts.json,
// so that a project (a zone) that ran no test fails `npm test` instead of passing empty.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** Counts passed and failed tests per project. */
export default class ProjectCounts implements Reporter {
  #projects: string[] = [];

  onInit(vitest: Vitest): void {
    this.#projects = vitest.projects.map((project) => project.name);
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    // Every project of the run, so that one with no test shows as 0.
    const counts: Record<string, { passed: number; failed: number }> = Object.fromEntries(this.#projects.map((name) => [name, { passed: 0, failed: 0 }]));
    for (const module of testModules) {
      const project = (counts[module.project.name] ??= { passed: 0, failed: 0 });
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') project.passed += 1;
        else if (state === 'failed') project.failed += 1;
      }
    }
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/project-counts.json', JSON.stringify(counts, null, 2));
  }
}
