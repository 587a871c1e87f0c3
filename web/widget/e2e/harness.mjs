// Browser harness for the widget's end-to-end tests: real headless Chromium (Debian's package)
// driven by playwright-core, against whatever serves the demo page at E2E_BASE_URL.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const BASE_URL = (process.env.E2E_BASE_URL || '').replace(/\/+$/, '');
export const CHAT_URL = `${BASE_URL}/chat`;
/** Where the widget keeps the session id (see src/session.ts storageKey). */
export const SESSION_KEY = `copperline-chat:session:${CHAT_URL}`;

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason() {
  if (!BASE_URL) return 'E2E_BASE_URL is not set (e.g. E2E_BASE_URL=http://127.0.0.1:8080)';
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  return null;
}

/**
 * Run `fn(page)` in a fresh browser with a fresh profile (its own --user-data-dir, so no
 * localStorage carries over between tests); the browser and profile are removed afterwards.
 */
export async function withPage(fn, { viewport = { width: 1280, height: 800 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ccw-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: ARGS, headless: true, viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    await fn(page);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The widget, seen the way a visitor and assistive technology see it. */
export function widget(page) {
  return {
    launcher: page.getByRole('button', { name: 'Chat with us' }),
    dialog: page.getByRole('dialog'),
    log: page.getByRole('log', { name: 'Conversation' }),
    input: page.getByRole('textbox', { name: 'Your message' }),
    alert: page.getByRole('alert'),
    typing: page.locator('.typing').filter({ hasText: 'Assistant is typing' }),
    retry: page.getByRole('button', { name: 'Try again' }),
    startOver: page.getByRole('button', { name: 'Start over' }),
    assistant: page.locator('.msg-assistant .text'),
    user: page.locator('.msg-user .text'),
    sources: page.locator('.msg-assistant .source'),
  };
}

/** Open the panel unless it is open already (an open panel stays open across reloads). */
export async function ensureOpen(page) {
  await page.waitForFunction(() => document.getElementById('copperline-chat-widget'));
  const w = widget(page);
  if (!(await w.dialog.isVisible())) await w.launcher.click();
  return w;
}

export async function openDemo(page) {
  await page.goto(`${BASE_URL}/`);
  const w = await ensureOpen(page);
  await w.input.waitFor();
  await w.assistant.first().waitFor(); // the greeting, after any transcript restore
  return w;
}

/** Type a message, press Enter, and wait for the assistant's answer to it. */
export async function say(w, text, { timeout = 15_000 } = {}) {
  const before = await w.assistant.count();
  await w.input.fill(text);
  await w.input.press('Enter');
  await w.assistant.nth(before).waitFor({ timeout });
  return w.assistant.nth(before).textContent();
}

export function storedSession(page) {
  return page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY);
}

/** The per-session secret the widget keeps beside the session id (issue 15). */
export function storedSecret(page) {
  return page.evaluate((key) => window.localStorage.getItem(`${key}:secret`), SESSION_KEY);
}

/** Elements inside the widget's shadow root matching a selector (to prove nothing was parsed as HTML). */
export function countInWidget(page, selector) {
  return page.evaluate(
    (sel) => document.getElementById('copperline-chat-widget').shadowRoot.querySelectorAll(sel).length,
    selector,
  );
}

export function jsonBody(body) {
  return { status: 200, contentType: 'application/json', body: JSON.stringify(body) };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
