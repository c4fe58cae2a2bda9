// The pre-check page (examples/precheck) in headless Chromium: built with its build script,
// served from 127.0.0.1, filled in like an applicant would. Run by vitest.browser.config.ts
// (`npm run test:browser`), after `npm run build`: the page bundles the built package.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chinaToday } from 'skillcert/calendar';
import { checkEligibility, CLAUSES, type ClauseId } from 'skillcert/eligibility';
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

/** An applicant as the form asks: `''` leaves a question unanswered, `'none'` says none. */
interface Applicant {
  track?: string;
  level: string;
  asOf: string;
  education?: string;
  educationRelated?: '' | 'yes' | 'no';
  enrolment?: string;
  work?: { from: string; to?: string; related?: boolean }[];
  certificates?: { kind: string; level: string; issuedOn: string }[];
}

describe.runIf(process.env.SKILLCERT_BROWSER_TESTS === '1')('the pre-check page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Server;
  let pageUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { outdir } = await buildPrecheck();
    ({ server, url: pageUrl } = await serveFolder(outdir));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
    // Far west of China, so that a page reading the host's date would show yesterday for
    // most of the day.
    context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US', viewport: { width: 1200, height: 1000 } });
    context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((done) => server?.close(done));
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

  async function fill(page: Page, applicant: Applicant): Promise<void> {
    await page.selectOption('#track', applicant.track ?? 'digital-manager');
    await page.selectOption('#level', applicant.level);
    await page.fill('#as-of', applicant.asOf);
    await page.selectOption('#education-level', applicant.education ?? '');
    // Asked only once a level is chosen.
    if (applicant.educationRelated !== undefined) await page.selectOption('#education-related', applicant.educationRelated);
    await page.selectOption('#enrolment-institution', applicant.enrolment ?? '');
    for (const [index, period] of (applicant.work ?? []).entries()) {
      await page.click('#add-work');
      const row = page.getByTestId('work-row').nth(index);
      await row.locator('[data-field="from"]').fill(period.from);
      if (period.to !== undefined) await row.locator('[data-field="to"]').fill(period.to);
      await row.locator('[data-field="related"]').setChecked(period.related ?? true);
    }
    for (const [index, certificate] of (applicant.certificates ?? []).entries()) {
      await page.click('#add-certificate');
      const row = page.getByTestId('certificate-row').nth(index);
      await row.locator('[data-field="kind"]').selectOption(certificate.kind);
      await row.locator('[data-field="level"]').selectOption(certificate.level);
      await row.locator('[data-field="issuedOn"]').fill(certificate.issuedOn);
    }
  }

  // Clause texts and requirement messages are the library's; the page must show them as given.
  const clauseText = (id: ClauseId) => {
    const clause = CLAUSES.find((candidate) => candidate.id === id);
    if (clause === undefined) throw new Error(`no clause ${id}`);
    return clause.text;
  };

  const textOf = async (page: Page, testid: string): Promise<string> => ((await page.getByTestId(testid).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

  // Bachelor's degree, related work without a break since 2025-01-01: 1 year 2 months of
  // continuous experience on 2026-03-01, enough for intermediate.3 and no other clause.
  const graduate: Applicant = {
    level: 'intermediate',
    asOf: '2026-03-01',
    education: 'bachelor',
    educationRelated: 'no',
    enrolment: 'none',
    work: [{ from: '2025-01-01' }],
  };

  it('defaults the as-of date to today in China, whatever the browser’s time zone', async () => {
    const before = chinaToday();
    const page = await openPage();
    const after = chinaToday();
    expect([before, after]).toContain(await page.inputValue('#as-of'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('#track option').allTextContents()).toContain('数字化管理师');
    expect(await page.locator('label[for="as-of"]').textContent()).toBe('判断日期');
    await page.close();
  });

  it('shows an eligible applicant: clause, dates and first session, in Chinese then English', async () => {
    const page = await openPage();
    await fill(page, graduate);
    await page.click('#check');

    expect(await page.getByTestId('result-status').getAttribute('data-status')).toBe('eligible');
    expect(await textOf(page, 'result-status')).toBe('可以报名');
    expect(await textOf(page, 'result-subject')).toBe('数字化管理师 · 中级 · 判断日期 2026-03-01');
    expect(await page.getByTestId('satisfied-clause').allTextContents()).toEqual([`intermediate.3 ${clauseText('intermediate.3').zh} 第三部分 五 2 (3)`]);
    expect(await textOf(page, 'result-earliest')).toBe('2026-03-01');
    // The March 2026 session: the last Saturday of the month; registration closes a week before.
    expect(await textOf(page, 'session-examDate')).toBe('2026-03-28');
    expect(await textOf(page, 'session-registrationCloses')).toBe('2026-03-21');
    expect(await page.getByTestId('session-scoresFrom-provisional').count()).toBe(0);
    expect(await page.getByTestId('result-missing').count()).toBe(0);
    expect(await page.getByTestId('errors').isHidden()).toBe(true);
    expect(await page.getAttribute('#result', 'aria-live')).toBe('polite');

    await page.screenshot({ path: join(process.cwd(), '.tmp', 'precheck.png'), fullPage: true });

    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await textOf(page, 'lang-toggle')).toBe('中文');
    expect(await textOf(page, 'result-status')).toBe('May register');
    expect(await textOf(page, 'result-subject')).toBe('Digital Manager · intermediate · as of 2026-03-01');
    expect(await textOf(page, 'satisfied-clause')).toBe(`intermediate.3 ${clauseText('intermediate.3').en} 第三部分 五 2 (3)`);
    expect(await textOf(page, 'result-session')).toContain('Registration closes (inclusive)');
    expect(await page.locator('label[for="as-of"]').textContent()).toBe('As of');
    expect(await page.getByTestId('work-row').locator('label').first().textContent()).toBe('From');

    await page.click('#lang-toggle');
    expect(await textOf(page, 'result-status')).toBe('可以报名');
    await page.close();
  });

  it('marks the dates of a session whose year has no published holidays as provisional', async () => {
    const page = await openPage();
    await fill(page, { ...graduate, asOf: '2030-01-05' });
    await page.click('#check');
    expect(await textOf(page, 'result-status')).toBe('可以报名');
    expect(await textOf(page, 'session-examDate')).toBe('2030-01-26');
    expect(await textOf(page, 'session-registrationCloses')).toBe('2030-01-19');
    expect(await textOf(page, 'session-scoresFrom')).toMatch(/^\d{4}-\d{2}-\d{2} （暂定）$/);
    expect(await page.getByTestId('session-examDate-provisional').count()).toBe(0);
    expect(await textOf(page, 'session-provisional-note')).toContain('暂定');
    await page.close();
  });

  it('shows an applicant with no education and no work as not eligible, never by time alone', async () => {
    const page = await openPage();
    await fill(page, { level: 'junior', asOf: '2026-03-01', education: 'none', enrolment: 'none' });
    await page.click('#check');
    const expected = checkEligibility({ education: null, enrolment: null, work: [], certificates: [] }, { track: 'digital-manager', level: 'junior', asOf: '2026-03-01' });
    const educationMessage = expected.clauses[1]?.requirements.find((requirement) => requirement.kind === 'education-at-least')?.message;
    expect(educationMessage).toBeDefined();

    expect(await page.getByTestId('result-status').getAttribute('data-status')).toBe('ineligible');
    expect(await textOf(page, 'result-status')).toBe('暂不符合报名条件');
    expect(await textOf(page, 'result-earliest')).toBe('仅凭时间推移无法满足');
    expect(await textOf(page, 'result-session')).toBe('暂无可参加的考试场次');
    const unmet = await page.getByTestId('unmet-clause').allTextContents();
    expect(unmet).toHaveLength(5);
    expect(unmet[1]).toContain('junior.2');
    expect(unmet[1]).toContain(clauseText('junior.2').zh);
    expect(unmet[1]).toContain(educationMessage?.zh);
    expect(await page.getByTestId('satisfied-clause').count()).toBe(0);

    await page.click('#lang-toggle');
    expect(await textOf(page, 'result-status')).toBe('Not eligible');
    expect(await textOf(page, 'result-earliest')).toBe('never, by time alone');
    expect(await textOf(page, 'result-session')).toBe('No session they can sit');
    expect(await page.getByTestId('unmet-clause').nth(1).textContent()).toContain(clauseText('junior.2').en);
    expect(await page.getByTestId('unmet-clause').nth(1).textContent()).toContain(educationMessage?.en);
    await page.close();
  });

  it('gives the future date and session of an applicant whose work will count', async () => {
    const page = await openPage();
    // High school, related work since 2025-06-01: junior.2's two years are reached on 2027-05-31.
    await fill(page, { level: 'junior', asOf: '2026-03-01', education: 'high-school', enrolment: 'none', work: [{ from: '2025-06-01' }] });
    await page.click('#check');
    expect(await textOf(page, 'result-status')).toBe('暂不符合报名条件');
    expect(await textOf(page, 'result-earliest')).toBe('2027-05-31');
    expect(await textOf(page, 'session-examDate')).toBe('2027-06-26');
    expect(await textOf(page, 'session-registrationCloses')).toBe('2027-06-19');
    await page.close();
  });

  it('asks the follow-up questions only when they apply', async () => {
    const page = await openPage();
    expect(await page.isHidden('#education-related')).toBe(true);
    expect(await page.isHidden('#enrolment-from')).toBe(true);
    await page.selectOption('#education-level', 'associate');
    await page.selectOption('#enrolment-institution', 'higher-education');
    expect(await page.isVisible('#education-related')).toBe(true);
    expect(await page.isVisible('#enrolment-from')).toBe(true);
    await page.selectOption('#enrolment-institution', 'none');
    expect(await page.isHidden('#enrolment-from')).toBe(true);
    await page.close();
  });

  it('says what is missing when a question that could decide is left unanswered', async () => {
    const page = await openPage();
    await fill(page, { level: 'junior', asOf: '2026-03-01', education: 'none' }); // enrolment not answered
    await page.click('#check');
    expect(await textOf(page, 'result-status')).toBe('信息不完整，暂无法确定');
    expect(await page.getByTestId('result-missing').locator('li').allTextContents()).toEqual(['当前在读']);
    await page.click('#lang-toggle');
    expect(await page.getByTestId('result-missing').locator('li').allTextContents()).toEqual(['Current studies']);
    await page.close();
  });

  it('counts a certificate row and forgets a removed work row', async () => {
    const page = await openPage();
    await fill(page, {
      level: 'junior',
      asOf: '2026-03-01',
      education: 'none',
      enrolment: 'none',
      work: [{ from: '2025-05-01', to: '2025-01-01' }], // would be an error if it were kept
      certificates: [{ kind: 'vocational', level: 'junior', issuedOn: '2024-01-01' }],
    });
    await page.getByTestId('work-row').getByTestId('remove').click();
    expect(await page.getByTestId('work-row').count()).toBe(0);
    await page.click('#check');
    expect(await textOf(page, 'result-status')).toBe('可以报名');
    expect(await textOf(page, 'satisfied-clause')).toContain('junior.5');
    await page.close();
  });

  it('shows a work period ending before it starts next to its field, not as an exception', async () => {
    const page = await openPage();
    await fill(page, { ...graduate, work: [{ from: '2025-05-01', to: '2025-01-01' }] });
    await page.click('#check');

    expect(await page.getByTestId('errors').isVisible()).toBe(true);
    expect(await page.getAttribute('#errors', 'role')).toBe('alert');
    const items = await page.getByTestId('error-item').allTextContents();
    // In Chinese under zh (issue #11), in English under en.
    expect(items).toEqual(['工作经历 第 1 条 · 结束日期：结束日期早于开始日期：2025-01-01 早于 2025-05-01']);
    const to = page.getByTestId('work-row').locator('[data-field="to"]');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await to.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('结束日期早于开始日期');
    expect(await page.locator('#result').textContent()).toBe('');

    await page.click('#lang-toggle');
    expect(await page.getByTestId('error-item').allTextContents()).toEqual([
      'Work periods #1 · To: ends before it starts: 2025-01-01 is before from 2025-05-01',
    ]);

    // Corrected, the error goes and the answer comes.
    await page.getByTestId('work-row').locator('[data-field="to"]').fill('');
    await page.fill('[data-testid="work-row"] [data-field="from"]', '2025-01-01');
    await page.click('#check');
    expect(await page.getByTestId('errors').isHidden()).toBe(true);
    expect(await to.getAttribute('aria-invalid')).toBeNull();
    expect(await textOf(page, 'result-status')).toBe('May register');
    await page.close();
  });

  it('shows a missing as-of date as an issue of that field', async () => {
    const page = await openPage();
    await fill(page, { ...graduate, asOf: '' });
    await page.click('#check');
    expect(await textOf(page, 'error-item')).toMatch(/^判断日期：/);
    expect(await page.getAttribute('#as-of', 'aria-invalid')).toBe('true');
    await page.close();
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
