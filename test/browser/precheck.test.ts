// The pre-check page (examples/precheck) in headless Chromium: built with its build script,
// served from 127.0.0.1, filled in like an applicant would, on a desktop (1280×800) and a phone
// (390×844), read in Chinese and then in English, and checked by axe-core in both languages.
// Run by vitest.browser.config.ts (`npm run test:browser`), after `npm run build`: the page
// bundles the built package.
//
// Expected texts are worked out from the rules (RULES.md), not copied from the page: e.g. the
// exam is the last Saturday of the month [I-18], registration closes 7 days before [I-15], the
// sprint course is exam − 7 … exam − 1 [I-19] and the pre-exam test exam − 3 … exam − 2 [I-20].
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import ICAL from 'ical.js';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chinaToday } from 'skillcert/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrecheck } from '../../examples/precheck/build.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for one folder, on a free port of 127.0.0.1. */
async function serveFolder(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

type Related = 'yes' | 'no' | 'unsure';

/** An applicant as the form asks: `''` leaves a question unanswered, `'none'` says none. */
interface Applicant {
  track?: string;
  level: string;
  asOf: string;
  education?: string;
  educationRelated?: Related;
  enrolment?: string;
  enrolmentFrom?: string;
  work?: { from: string; to?: string; related?: Related }[];
  certificates?: { kind: string; level: string; issuedOn: string }[];
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const HAS_CHINESE = /[\u4e00-\u9fff]/;
const SCREENSHOTS = join(process.cwd(), '.tmp', 'precheck');

const require = createRequire(import.meta.url);

describe.runIf(process.env.SKILLCERT_BROWSER_TESTS === '1')('the pre-check page', () => {
  let browser: Browser;
  let server: Server;
  let pageUrl: string;
  let axeSource: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { outdir } = await buildPrecheck();
    ({ server, url: pageUrl } = await serveFolder(outdir));
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const textOf = async (page: Page, testid: string): Promise<string> => ((await page.getByTestId(testid).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

  /** axe-core's violations on the page as it is (the clause detail opened, so it is checked too). */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = false;
    });
    return violations;
  }

  async function chooseRelated(page: Page, group: string, answer: Related): Promise<void> {
    await page.locator(group).locator(`input[value="${answer}"]`).check();
  }

  async function fill(page: Page, applicant: Applicant): Promise<void> {
    await page.selectOption('#track', applicant.track ?? 'digital-manager');
    await page.selectOption('#level', applicant.level);
    await page.fill('#as-of', applicant.asOf);
    await page.selectOption('#education-level', applicant.education ?? '');
    // Asked only once a level is chosen.
    if (applicant.educationRelated !== undefined) await chooseRelated(page, '#education-related', applicant.educationRelated);
    await page.selectOption('#enrolment-institution', applicant.enrolment ?? '');
    if (applicant.enrolmentFrom !== undefined) await page.fill('#enrolment-from', applicant.enrolmentFrom);
    for (const [index, period] of (applicant.work ?? []).entries()) {
      await page.click('#add-work');
      const row = page.getByTestId('work-row').nth(index);
      await row.locator('[data-field="from"]').fill(period.from);
      if (period.to !== undefined) await row.locator('[data-field="to"]').fill(period.to);
      if (period.related !== undefined) await chooseRelated(page, `[data-testid="work-row"]:nth-child(${index + 1}) [data-testid="work-related"]`, period.related);
    }
    for (const [index, certificate] of (applicant.certificates ?? []).entries()) {
      await page.click('#add-certificate');
      const row = page.getByTestId('certificate-row').nth(index);
      await row.locator('[data-field="kind"]').selectOption(certificate.kind);
      await row.locator('[data-field="level"]').selectOption(certificate.level);
      await row.locator('[data-field="issuedOn"]').fill(certificate.issuedOn);
    }
  }

  // Bachelor's degree, related work without a break since 2025-01-01: 1 year 2 months of
  // continuous experience on 2026-03-01, enough for intermediate.3 [I-4].
  const graduate: Applicant = {
    level: 'intermediate',
    asOf: '2026-03-01',
    education: 'bachelor',
    educationRelated: 'no',
    enrolment: 'none',
    work: [{ from: '2025-01-01', related: 'yes' }],
  };

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width}×${viewport.height}`, () => {
      let context: BrowserContext;
      const phone = viewport.name === 'phone';

      beforeAll(async () => {
        // Far west of China, so that a page reading the host's date would be a day off for most
        // of the day.
        context = await browser.newContext({
          timezoneId: 'America/Los_Angeles',
          locale: 'zh-CN',
          viewport: { width: viewport.width, height: viewport.height },
          ...(phone && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }),
          acceptDownloads: true,
        });
        context.setDefaultTimeout(10_000);
      });

      afterAll(async () => {
        await context?.close();
      });

      async function openPage(): Promise<Page> {
        const page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(message.text());
        });
        await page.goto(pageUrl);
        await page.waitForSelector('#track option', { state: 'attached' });
        return page;
      }

      async function check(page: Page): Promise<void> {
        await page.click('#check');
        await page.waitForFunction(() => document.getElementById('announce')?.textContent !== '');
      }

      /** The headline is focused, inside the viewport, and the live region says it and nothing else. */
      async function expectHeadlinePresented(page: Page): Promise<void> {
        const headline = page.getByTestId('result-headline');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-headline');
        const box = await headline.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
        expect(await textOf(page, 'announce')).toBe(await textOf(page, 'result-headline'));
        expect(await page.locator('[aria-live]:not(#announce)').count()).toBe(0);
      }

      /** No date of the answer wraps: each is laid out on one line. */
      async function expectNoDateWraps(page: Page): Promise<void> {
        const wrapped = await page.evaluate(() =>
          [...document.querySelectorAll('#result .date, #precheck-form .date, #errors .date')].filter((date) => date.getClientRects().length > 1).map((date) => date.textContent),
        );
        expect(wrapped).toEqual([]);
      }

      // What the screen shows at that moment; after a language switch (its button is at the top)
      // the answer's first line is brought back to the top of the screen first.
      async function screenshot(page: Page, name: string): Promise<void> {
        if (name.endsWith('-en')) await page.evaluate(() => document.querySelector('#result-headline, #errors-title')?.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(SCREENSHOTS, `${viewport.name}-${name}.png`) });
      }

      it('defaults the as-of date to today in China and passes axe before any check', async () => {
        const before = chinaToday();
        const page = await openPage();
        const after = chinaToday();
        expect([before, after]).toContain(await page.inputValue('#as-of'));
        expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
        // No relatedness is assumed.
        expect(await page.locator('#education-related input:checked').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });

      it('eligible: the clause met and the next step first, the session, materials and details below', async () => {
        const page = await openPage();
        await fill(page, graduate);
        await check(page);

        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('eligible');
        expect(await textOf(page, 'result-headline')).toBe('可以报名：本科 + 连续工作满 1 年（第三部分 五 2(3)）');
        // March 2026: the 1st is a Sunday, so the last Saturday is the 28th; registration closes the 21st.
        expect(await textOf(page, 'result-lead')).toBe('请在 2026年3月21日（周六）前报名，参加 2026年3月28日（周六）的考试。');
        expect(await textOf(page, 'session-registrationCloses')).toBe('2026年3月21日（周六） 还有 20 天截止');
        expect(await textOf(page, 'session-sprintCourse')).toBe('2026年3月21日（周六） 至 2026年3月27日（周五）');
        expect(await textOf(page, 'session-mockTest')).toBe('2026年3月25日（周三） 至 2026年3月26日（周四）');
        expect(await textOf(page, 'session-examDate')).toBe('2026年3月28日（周六）');
        expect(await page.getByTestId('session-provisional-note').count()).toBe(0);
        // Work experience is claimed, so proof of work joins the four basic materials [I-17].
        expect(await page.getByTestId('material').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.material))).toEqual([
          'registration-review-form',
          'id-card-photos',
          'education-certificate-copy',
          'id-photo',
          'proof-of-work',
        ]);
        // The clause detail is folded away.
        expect(await page.getByTestId('result-details').getAttribute('open')).toBeNull();
        expect(await page.getByTestId('clause').count()).toBe(7);
        await expectHeadlinePresented(page);
        await expectNoDateWraps(page);
        await screenshot(page, 'eligible-zh');
        expect(await axeViolations(page)).toEqual([]);

        await page.click('#lang-toggle');
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        expect(await textOf(page, 'result-headline')).toBe("You may register: bachelor's degree + 1 full year of continuous work (第三部分 五 2(3))");
        expect(await textOf(page, 'result-lead')).toBe('Register by Sat 21 Mar 2026 for the exam on Sat 28 Mar 2026.');
        expect(await textOf(page, 'session-registrationCloses')).toBe('Sat 21 Mar 2026 20 days left');
        expect(await textOf(page, 'announce')).toBe(await textOf(page, 'result-headline'));
        await expectNoDateWraps(page);
        await screenshot(page, 'eligible-en');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });

      it('eligible: the .ics download parses and holds the exam date', async () => {
        const page = await openPage();
        await fill(page, graduate);
        await check(page);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-ics').click()]);
        expect(download.suggestedFilename()).toMatch(/\.ics$/);
        const text = await readFile(await download.path(), 'utf8');
        const calendar = new ICAL.Component(ICAL.parse(text));
        const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
        const starts = events.map((event) => event.startDate.toString());
        expect(starts).toContain('2026-03-28');
        expect(starts).toContain('2026-03-21');
        // Written in the page's language: the exam day's event is titled in Chinese.
        const exam = events.filter((event) => event.startDate.toString() === '2026-03-28' && event.startDate.isDate);
        expect(exam.map((event) => event.summary).some((summary) => /考试/.test(summary))).toBe(true);
        await page.close();
      });

      it('not eligible yet: the headline gives the date of the wait step and the first exam', async () => {
        const page = await openPage();
        // Continuous related work from 2026-03-16: the full year is complete on 2027-03-15 [I-4];
        // March 2027's last Saturday is the 27th and its registration closes on the 20th.
        await fill(page, { ...graduate, asOf: '2026-11-30', work: [{ from: '2026-03-16', related: 'yes' }] });
        await check(page);
        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('ineligible');
        expect(await textOf(page, 'result-headline')).toBe('2027年3月15日起可报名，最早参加 2027年3月27日（周六）考试');
        expect(await textOf(page, 'result-lead')).toBe('请在 2027年3月15日（周一）至 2027年3月20日（周六）之间报名。');
        // The exam day follows from the month alone [I-18]; only working-day dates of 2027 are
        // estimates while its holidays are unpublished.
        expect(await textOf(page, 'session-examDate')).toBe('2027年3月27日（周六）');
        expect(await textOf(page, 'session-provisional-note')).toMatch(/^标“暂定”的日期/);
        // 2026-11-30 to 2027-03-20: 31 (December) + 31 + 28 + 20 days.
        expect(await textOf(page, 'session-registrationCloses')).toBe('2027年3月20日（周六） 还有 110 天截止');
        await expectHeadlinePresented(page);
        await expectNoDateWraps(page);
        await screenshot(page, 'wait-zh');
        expect(await axeViolations(page)).toEqual([]);

        await page.click('#lang-toggle');
        expect(await textOf(page, 'result-headline')).toBe('You may register from 15 Mar 2027; first exam Sat 27 Mar 2027');
        await screenshot(page, 'wait-en');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });

      it('incomplete: asks its one question as a link to the field; answering it makes the applicant eligible', async () => {
        const page = await openPage();
        // An associate degree meets intermediate.5 if the major is related; the applicant is not sure.
        await fill(page, { level: 'intermediate', asOf: '2026-03-01', education: 'associate', educationRelated: 'unsure', enrolment: 'none' });
        await check(page);
        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('incomplete');
        expect(await textOf(page, 'result-headline')).toBe('信息不完整：请先回答“最高学历 · 是否相关专业”');
        expect(await page.getByTestId('result-question').allTextContents()).toEqual(['最高学历 · 是否相关专业']);
        // No "never" nor "no session" for a result one answer away.
        expect(await page.locator('#result').textContent()).not.toMatch(/无法满足|暂无可参加/);
        await expectHeadlinePresented(page);
        await screenshot(page, 'incomplete-zh');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');
        expect(await page.getByTestId('result-question').allTextContents()).toEqual(['Highest education · related major']);
        await screenshot(page, 'incomplete-en');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');

        await page.getByTestId('result-question').click();
        expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe('education-related');
        await chooseRelated(page, '#education-related', 'yes');
        await check(page);
        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('eligible');
        expect(await textOf(page, 'result-headline')).toBe('可以报名：大专 + 相关专业（第三部分 五 2(5)）');
        await page.close();
      });

      it('a work period marked 不确定 that would decide is asked about, not counted against the applicant', async () => {
        const page = await openPage();
        // Three years and two months of work: junior.1's three years if it is related [I-5].
        await fill(page, { level: 'junior', asOf: '2026-03-01', education: 'none', enrolment: 'none', work: [{ from: '2023-01-01', related: 'unsure' }] });
        await check(page);
        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('incomplete');
        expect(await textOf(page, 'result-headline')).toBe('信息不完整：请先回答“工作经历 第 1 条 · 是否相关工作”');
        await page.getByTestId('result-question').click();
        expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="work-related"]') !== null)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await chooseRelated(page, '[data-testid="work-related"]', 'yes');
        await check(page);
        expect(await textOf(page, 'result-headline')).toBe('可以报名：累计工作满 3 年（第三部分 五 1(1)）');
        await chooseRelated(page, '[data-testid="work-related"]', 'no');
        await check(page);
        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('ineligible');
        await page.close();
      });

      it('a student asking for 中级 is offered 初级, open today', async () => {
        const page = await openPage();
        await fill(page, { level: 'intermediate', asOf: '2026-03-01', education: 'high-school', enrolment: 'higher-education', enrolmentFrom: '2025-09-01' });
        await check(page);
        expect(await page.getByTestId('result-headline').getAttribute('data-status')).toBe('ineligible');
        expect(await textOf(page, 'result-headline')).toBe('暂不能报名中级；初级今天即可报名');
        expect(await page.getByTestId('other-level').allTextContents()).toEqual(['初级：在读（第三部分 五 1(4)） 改查初级']);
        await expectHeadlinePresented(page);
        await screenshot(page, 'student-zh');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');
        expect(await textOf(page, 'result-headline')).toBe('Not eligible for intermediate; junior is open to you today');
        await screenshot(page, 'student-en');
        expect(await axeViolations(page)).toEqual([]);

        await page.getByTestId('check-level').click();
        await page.waitForFunction(() => document.querySelector('[data-testid="result-headline"]')?.getAttribute('data-status') === 'eligible');
        expect(await page.inputValue('#level')).toBe('junior');
        expect(await textOf(page, 'result-headline')).toBe('You may register: currently enrolled (第三部分 五 1(4))');
        // A student's clause is proved by enrolment, not work [I-17].
        expect(await page.getByTestId('material').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.material))).toContain('proof-of-enrolment');
        await page.close();
      });

      it('a bad date and a backwards job: errors next to their fields, in the page language', async () => {
        const page = await openPage();
        await fill(page, { ...graduate, asOf: '2026/02/30' });
        const widthBefore = (await page.locator('#as-of').boundingBox())!.width;
        await page.click('#check');
        const asOfError = page.locator('#as-of').locator('xpath=..').getByTestId('field-error');
        expect(await asOfError.textContent()).toContain('2026-02-30');
        expect(await asOfError.textContent()).toMatch(HAS_CHINESE);
        expect(await page.getAttribute('#as-of', 'aria-invalid')).toBe('true');
        // The field keeps its width under its error message.
        expect((await page.locator('#as-of').boundingBox())!.width).toBe(widthBefore);
        expect(await page.locator('#result').isHidden()).toBe(true);
        await screenshot(page, 'bad-date-zh');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');
        expect(await asOfError.textContent()).toContain('2026-02-30');
        expect(await asOfError.textContent()).not.toMatch(HAS_CHINESE);
        await screenshot(page, 'bad-date-en');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');

        await page.fill('#as-of', '2026-03-01');
        const row = page.getByTestId('work-row');
        await row.locator('[data-field="from"]').fill('2025-05-01');
        await row.locator('[data-field="to"]').fill('2025-01-01');
        await page.click('#check');
        const toError = row.locator('[data-field="to"]').locator('xpath=..').getByTestId('field-error');
        expect(await toError.textContent()).toMatch(HAS_CHINESE);
        expect(await row.locator('[data-field="to"]').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getAttribute('#as-of', 'aria-invalid')).toBeNull();
        expect(await page.getByTestId('error-item').allTextContents()).toEqual([expect.stringMatching(/^工作经历 第 1 条 · 结束日期：/)]);
        await expectNoDateWraps(page);
        await screenshot(page, 'backwards-job-zh');
        expect(await axeViolations(page)).toEqual([]);
        await page.click('#lang-toggle');
        expect(await toError.textContent()).not.toMatch(HAS_CHINESE);
        expect(await page.getByTestId('error-item').allTextContents()).toEqual([expect.stringMatching(/^Work periods #1 · To: /)]);
        await expectNoDateWraps(page);
        await screenshot(page, 'backwards-job-en');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });

      it('keeps focus in the form when a row is removed', async () => {
        const page = await openPage();
        await page.click('#add-work');
        await page.click('#add-work');
        await page.getByTestId('work-row').first().getByTestId('remove').click();
        expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="work-row"]') !== null)).toBe(true);
        await page.getByTestId('work-row').first().getByTestId('remove').click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-work');
        await page.close();
      });

      it('shows the track’s description as guidance on what counts as related', async () => {
        const page = await openPage();
        await page.selectOption('#track', 'digital-manager');
        await page.click('#add-work');
        const guidance = await page.locator('[data-related-guidance]').first().textContent();
        expect(guidance).toContain('“相关”');
        await page.selectOption('#track', 'all-media-operator');
        expect(await page.locator('[data-related-guidance]').first().textContent()).toContain('多种媒介');
        // The work row's question has all three answers and none chosen.
        const answers = page.getByTestId('work-related').locator('input[type="radio"]');
        expect(await answers.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['yes', 'no', 'unsure']);
        expect(await page.getByTestId('work-related').locator('input:checked').count()).toBe(0);
        await page.close();
      });
    });
  }

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
