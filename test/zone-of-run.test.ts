// Each project of `npm test` runs in the host zone its name says (vitest.config.ts starts the
// workers of `zoned:<zone>` with TZ=<zone>); were the env ignored, the other zones would
// silently replay UTC.
import { expect, it } from 'vitest';

it('runs in the host zone its project is for', ({ task }) => {
  const project = task.file.projectName ?? '';
  const zone = project.startsWith('zoned:') ? project.slice('zoned:'.length) : 'UTC';
  expect(process.env.TZ).toBe(zone);
  expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  // The zone's offset, seen through a local getter: the part of Date that TZ changes.
  const offset = { UTC: 0, 'Asia/Shanghai': -480, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660 }[zone];
  expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(offset);
});
