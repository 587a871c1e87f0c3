// Failure cases in a real browser. The chat API is faked at the HTTP boundary with page.route()
// where a real server cannot be made to fail on cue; after each failure the widget must recover
// against the real server at E2E_BASE_URL.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countInWidget, jsonBody, openDemo, say, SESSION_KEY, skipReason, sleep, storedSession, withPage } from './harness.mjs';

const MESSAGES = '**/chat/messages';
const SESSIONS = '**/chat/sessions/**';
const QUESTION = 'What are your payment terms?';
const reason = skipReason();
if (reason) console.log(`# skipping widget browser tests: ${reason}`);

/** The failure is explained, the text stays in the box, and no half-sent bubble is left. */
async function assertKeptAfterFailure(w, pattern) {
  await w.alert.waitFor();
  assert.match(await w.alert.textContent(), pattern);
  assert.equal(await w.input.inputValue(), QUESTION, 'the typed text is kept');
  assert.equal(await w.user.count(), 0, 'the failed message is not left in the log');
}

async function send(w, text = QUESTION) {
  await w.input.fill(text);
  await w.input.press('Enter');
}

/** Retrying from the alert reaches the real server and the widget carries on. */
async function assertRecovers(page, w) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await w.retry.click();
  await w.assistant.nth(1).waitFor();
  await w.alert.waitFor({ state: 'hidden' });
  assert.equal(await w.input.inputValue(), '');
}

describe('chat widget when things go wrong', { skip: reason ?? false, timeout: 180_000 }, () => {
  test('server down: explains, keeps the text, retries', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);
      await page.route(MESSAGES, (route) => route.abort('connectionrefused'));
      await send(w);
      await assertKeptAfterFailure(w, /can’t reach/);
      await assertRecovers(page, w);
    });
  });

  test('slow response (11 s): shows the typing indicator, then the answer', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);
      await page.route(MESSAGES, async (route) => {
        await sleep(11_000);
        await route.continue();
      });
      await send(w);
      await w.typing.waitFor({ state: 'visible' });
      await sleep(1000);
      assert.ok(await w.typing.isVisible(), 'still typing while the server is slow');
      await w.assistant.nth(1).waitFor({ timeout: 20_000 });
      assert.equal(await w.alert.isVisible(), false);
      await w.typing.waitFor({ state: 'hidden' });
    });
  });

  test('no response at all: times out after 15 s with the text kept', async () => {
    await withPage(async (page) => {
      await page.clock.install();
      const w = await openDemo(page);
      let arrived;
      const stalled = new Promise((resolve) => { arrived = resolve; });
      await page.route(MESSAGES, (route) => arrived(route)); // never answered
      await send(w);
      const route = await stalled;
      await page.clock.runFor(15_500);
      await assertKeptAfterFailure(w, /longer than usual/);
      await route.abort().catch(() => {});
      await assertRecovers(page, w);
    });
  });

  test('429: shows the wait time from Retry-After', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);
      await page.route(MESSAGES, (route) => route.fulfill({
        status: 429, headers: { 'Retry-After': '7' }, contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests' } }),
      }));
      await send(w);
      await assertKeptAfterFailure(w, /wait 7 seconds/);
      assert.ok(await w.retry.isDisabled(), 'retry waits for the limit to pass');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await w.retry.click({ timeout: 10_000 }); // enabled after the 7 s
      await w.assistant.nth(1).waitFor();
    });
  });

  test('4xx: says the message could not be sent', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);
      await page.route(MESSAGES, (route) => route.fulfill({
        status: 422, contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'validation_error', message: 'message: too short' } }),
      }));
      await send(w);
      await assertKeptAfterFailure(w, /couldn’t send/);
      await assertRecovers(page, w);
    });
  });

  test('malformed JSON and a wrong-shaped body: apologises and keeps the text', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);
      await page.route(MESSAGES, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>Bad gateway' }));
      await send(w);
      await assertKeptAfterFailure(w, /went wrong on our side/);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.route(MESSAGES, (route) => route.fulfill(jsonBody({ ok: true })));
      await w.retry.click();
      await w.alert.filter({ hasText: 'went wrong' }).waitFor();
      assert.equal(await w.input.inputValue(), QUESTION);
      await assertRecovers(page, w);
    });
  });

  test('markup returned by the server is shown as text', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);
      const evil = '<script>alert(1)</script><img src=x onerror=alert(2)><b>bold</b>';
      await page.route(MESSAGES, (route) => route.fulfill(jsonBody({
        session_id: 'e2e-fake', reply: evil, stage: 'exploring', customer_type: null, collected: {}, missing: [],
        asking: null, sources: [{ title: '<img src=y onerror=alert(3)>', category: 'faq', source: 'faq/x.md' }],
        handoff: false, closed: false,
      })));
      assert.equal(await say(w, QUESTION), evil);
      assert.equal(await w.sources.first().textContent(), '<img src=y onerror=alert(3)>');
      assert.equal(await countInWidget(page, 'img, script, b'), 0);
    });
  });

  test('stale session id: dropped quietly on open, a new session starts (real server)', async () => {
    await withPage(async (page) => {
      await openDemo(page);
      await page.evaluate((key) => window.localStorage.setItem(key, '5ca1ab1e5ca1ab1e5ca1ab1e00000000'), SESSION_KEY);
      await page.reload();
      const w = await openDemo(page);
      // The widget asks the server for the transcript, gets 404 and forgets the id.
      await page.waitForFunction((key) => window.localStorage.getItem(key) === null, SESSION_KEY);
      assert.equal(await w.log.locator('.msg').count(), 1, 'only the greeting');
      assert.equal(await w.alert.isVisible(), false, 'no error is shown');
      await say(w, QUESTION);
      const id = await storedSession(page);
      assert.ok(id && id !== '5ca1ab1e5ca1ab1e5ca1ab1e00000000');
    });
  });

  test('stale session id: a message to a forgotten session starts a new one quietly', async () => {
    await withPage(async (page) => {
      await openDemo(page);
      await page.evaluate((key) => window.localStorage.setItem(key, '5ca1ab1e5ca1ab1e5ca1ab1e00000001'), SESSION_KEY);
      // A well-formed id the real server no longer knows; the transcript load is faked.
      await page.route(SESSIONS, (route) => route.fulfill(jsonBody({
        session_id: '5ca1ab1e5ca1ab1e5ca1ab1e00000001', state: {}, messages: [{ role: 'assistant', text: 'Earlier answer' }],
      })));
      await page.reload();
      const w = await openDemo(page);
      await w.assistant.nth(1).waitFor();
      await say(w, QUESTION);
      assert.equal(await w.alert.isVisible(), false, 'no error is shown');
      const id = await storedSession(page);
      assert.ok(id && id !== '5ca1ab1e5ca1ab1e5ca1ab1e00000001', `a new session was started: ${id}`);
    });
  });
});
