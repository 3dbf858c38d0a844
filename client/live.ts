// A live story's own script (components/LivePage.tsx; the build inlines it on live stories' pages only).
// Every page reads completely without it. With it: an update's link finds the update on whichever page it
// has moved to; "Share this update" shares or copies the update's link; and while the coverage runs, the
// first page checks the updates file every 30 s while the tab is visible, says "3 new updates" in a polite
// live region without moving the text, and puts them on top when the reader asks. Every word comes from
// the page.

import { countNew, newUpdatesText, poll, readState } from './live-updates';

const story = document.querySelector<HTMLElement>('article[data-live]');

let region: HTMLElement | undefined;
/** Says `message` politely to screen-reader users. */
function say(message = '') {
  if (!region) {
    region = document.createElement('p');
    region.setAttribute('role', 'status');
    region.className = 'visually-hidden';
    document.body.append(region);
  }
  region.textContent = message;
}

const shareButtons = (root: ParentNode) =>
  root.querySelectorAll<HTMLButtonElement>('[data-live-share]').forEach((button) => (button.hidden = false));

if (story) {
  const { live: file, liveUrl, liveCopied } = story.dataset;

  // An update that has moved to a later page is listed on the first, under its own id: go to it there.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const moved = target?.tagName === 'LI' ? target.querySelector('a') : null;
  if (moved) location.replace(moved.href);

  shareButtons(story);
  story.addEventListener('click', (event) => {
    const update = (event.target as Element).closest('[data-live-share]')?.closest('.update');
    if (!update) return;
    const url = `${liveUrl}#${update.id}`;
    if (navigator.share) navigator.share({ url, title: document.title }).catch(() => undefined);
    else
      navigator.clipboard.writeText(url).then(
        () => say(liveCopied),
        () => undefined,
      );
  });

  const button = story.querySelector<HTMLButtonElement>('[data-live-new]');
  const stream = story.querySelector('.live-stream');
  if (file && button && stream) {
    // Made when first needed: Intl's first use costs a slow phone tens of milliseconds.
    let plural: Intl.PluralRules | undefined;
    const shown = (id: string) => document.getElementById(id) !== null;
    let count = 0;

    poll({
      check: async () => {
        const state = readState(await (await fetch(file, { cache: 'no-cache' })).json());
        if (!state) return true;
        count = countNew(state.updates, shown);
        const number = count === -1 ? state.updates.length : count;
        if (number > 0) {
          plural ??= new Intl.PluralRules(document.documentElement.lang);
          const forms = JSON.parse(button.dataset.liveNew ?? '{}') as Record<string, string>;
          button.textContent = newUpdatesText(forms, number, plural.select(number));
          button.hidden = false;
        }
        return state.running;
      },
      visible: () => document.visibilityState === 'visible',
      onVisibility: (listener) => document.addEventListener('visibilitychange', listener),
      every: 30_000,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as number),
    });

    button.addEventListener('click', async () => {
      // More have come than the first page holds: only the page itself has them all, in order.
      if (count === -1) return location.reload();
      const page = new DOMParser().parseFromString(
        await (await fetch(location.pathname, { cache: 'no-cache' })).text(),
        'text/html',
      );
      const fresh = [...page.querySelectorAll<HTMLElement>('.live-stream > .update')].filter(({ id }) => !shown(id));
      stream.prepend(...fresh);
      shareButtons(stream);
      button.hidden = true;
      const [first] = fresh;
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    });
  }
}

export {};
