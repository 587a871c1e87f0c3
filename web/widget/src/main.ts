import { readConfig } from './config';
import { HOST_ID, mount } from './widget';

/**
 * Entry point of the built script:
 * `<script src=".../widget.js" data-chat-url="https://.../chat" data-title="..." data-accent="#..." defer>`.
 */
function start(script: HTMLOrSVGScriptElement | null): void {
  if (document.getElementById(HOST_ID)) return; // the tag was included twice
  const config = readConfig(script, document.baseURI);
  if (!config) {
    console.warn('[copperline-chat] data-chat-url is missing or not an http(s) URL; the chat widget is off.');
    return;
  }
  mount(config);
}

// currentScript is only set while this file first runs, so capture it now.
const script = document.currentScript ?? document.querySelector('script[data-chat-url]');
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
} else {
  start(script);
}
