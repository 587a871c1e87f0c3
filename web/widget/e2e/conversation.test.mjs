// The happy path against the real local stack (no interception): a short conversation,
// a reload that restores it, markup shown as text, and start over. Run: E2E_BASE_URL=... npm run e2e
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BASE_URL, countInWidget, ensureOpen, openDemo, say, skipReason, storedSecret, storedSession, widget, withPage } from './harness.mjs';

const SCREENSHOT = fileURLToPath(new URL('../../../docs/widget-open.png', import.meta.url));
const reason = skipReason();
if (reason) console.log(`# skipping widget browser tests: ${reason}`);

describe('chat widget against the real stack', { skip: reason ?? false, timeout: 120_000 }, () => {
  test('a visitor asks, gets a sourced answer, leaves details, reloads, and starts over', async () => {
    await withPage(async (page) => {
      const w = await openDemo(page);

      await say(w, 'How much does the Lumen 2-Group espresso machine cost?');
      const answer = page.locator('.msg-assistant').nth(1);
      assert.ok((await answer.locator('.source').count()) > 0, 'the product answer shows its sources');
      await answer.locator('.source').first().waitFor({ state: 'visible' });

      await say(w, 'My name is Ana Costa.');
      await say(w, 'My email is ana@example.com');
      const sessionId = await storedSession(page);
      assert.ok(sessionId, 'the session id is kept in localStorage');
      const secret = await storedSecret(page);
      assert.ok(secret, 'the session secret is kept beside the id');
      const url = `${BASE_URL}/chat/sessions/${sessionId}`;
      // from the visitor's own address the contacts show without the secret (another address
      // sees them masked: tests/security/test_session_privacy.py); erasing always needs it
      const refused = await page.request.delete(url);
      assert.equal(refused.status(), 403, 'erasing without the secret is refused');
      const state = await (await page.request.get(url, { headers: { 'X-Session-Secret': secret } })).json();
      assert.equal(state.state.collected.email, 'ana@example.com');
      assert.match(String(state.state.collected.name), /Ana/);

      if (process.env.E2E_SCREENSHOT === '1') await page.screenshot({ path: SCREENSHOT });

      const before = await w.log.locator('.text').allTextContents();
      await page.reload();
      const again = await ensureOpen(page);
      await again.user.nth(2).waitFor();
      assert.deepEqual(await again.log.locator('.text').allTextContents(), before, 'the transcript is restored');

      const markup = '<img src=x onerror=alert(1)>';
      await say(again, markup);
      assert.equal(await again.user.last().textContent(), markup, 'typed markup is shown literally');
      assert.equal(await countInWidget(page, 'img, script'), 0, 'no element was created from text');

      await again.startOver.click();
      await page.getByRole('button', { name: 'Delete and start over' }).click(); // issue 16: it asks first
      await page.waitForFunction(() =>
        document.getElementById('copperline-chat-widget').shadowRoot.querySelectorAll('.msg').length === 1);
      assert.equal(await again.user.count(), 0);
      assert.equal(await storedSession(page), null, 'the session id is forgotten');
      const gone = await page.request.get(`${BASE_URL}/chat/sessions/${sessionId}`);
      assert.equal(gone.status(), 404, 'the server erased the session');
    });
  });

  test('works with the keyboard alone on a 360 px wide phone screen', async () => {
    await withPage(async (page) => {
      await page.goto(`${BASE_URL}/`);
      const w = widget(page);
      const focusedInWidget = () => page.evaluate(() => {
        const host = document.getElementById('copperline-chat-widget');
        return document.activeElement === host ? host.shadowRoot.activeElement?.className || host.shadowRoot.activeElement?.tagName : null;
      });
      for (let i = 0; i < 30 && (await focusedInWidget()) !== 'launcher'; i += 1) await page.keyboard.press('Tab');
      assert.equal(await focusedInWidget(), 'launcher', 'the launcher is reachable with Tab');

      await page.keyboard.press('Enter');
      await w.dialog.waitFor();
      assert.equal(await focusedInWidget(), 'TEXTAREA', 'opening moves focus to the message box');
      await w.assistant.first().waitFor();
      await page.keyboard.type('Do you ship to Canada?');
      await page.keyboard.press('Enter');
      await w.assistant.nth(1).waitFor();

      const box = await w.dialog.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `the panel fits the screen: ${JSON.stringify(box)}`);
      const inputBox = await w.input.boundingBox();
      assert.ok(inputBox && inputBox.x + inputBox.width <= 360, 'the message box is on screen');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');

      await page.keyboard.press('Escape');
      await w.dialog.waitFor({ state: 'hidden' });
      assert.equal(await focusedInWidget(), 'launcher', 'closing gives focus back to the launcher');
    }, { viewport: { width: 360, height: 740 } });
  });
});
