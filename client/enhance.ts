// The site's one progressive-enhancement script. Every page reads completely without it; with it,
// buttons marked `data-enhance` come alive. Each feature looks for its own markup and does nothing
// when the page has none.

import { enhanceEmbeds } from './embeds';

const controls = (name: string) => document.querySelectorAll<HTMLElement>(`[data-enhance="${name}"]`);

let liveRegion: HTMLElement | undefined;
/** Says what just happened to screen-reader users, in one polite live region. */
function announce(message: string) {
  if (!liveRegion) {
    liveRegion = document.createElement('p');
    liveRegion.setAttribute('role', 'status');
    liveRegion.className = 'visually-hidden';
    document.body.append(liveRegion);
  }
  liveRegion.textContent = message;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

for (const button of controls('copy')) {
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
    // Preformatted text (BibTeX) keeps its lines; any other element is copied as one line of text.
    const text =
      button.dataset.copyText ??
      (source?.tagName === 'PRE' ? source.textContent?.trim() : source?.textContent?.replace(/\s+/g, ' ').trim()) ??
      '';
    const copied = text !== '' && (await copyText(text));
    // The words come with the button, in the page's language (components/copy-labels.ts).
    const { copied: done, copyFailed, announceCopied, announceFailed } = button.dataset;
    button.textContent = (copied ? done : copyFailed) ?? '';
    announce((copied ? announceCopied : announceFailed) ?? '');
    setTimeout(() => (button.textContent = label), 2500);
  });
}

for (const button of controls('share')) {
  if (typeof navigator.share !== 'function') continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator
      .share({ title: button.dataset.shareTitle ?? document.title, url: button.dataset.shareUrl ?? location.href })
      .catch(() => undefined); // The reader closed the share sheet: nothing to say.
  });
}

for (const button of controls('print')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

enhanceEmbeds(controls('embed'));

// The reader's today, for the access date of a citation: a <time> in place of each placeholder, as a
// long date or YYYY-MM-DD as it asks.
const now = new Date();
const isoToday = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
// The page gives this month's long date in its language with {d} and {y} to fill (components/CiteThis.tsx),
// rather than Intl.DateTimeFormat, whose first use costs a slow phone tens of milliseconds.
const longToday = (months: string | undefined) =>
  (months?.split('|')[now.getMonth()] ?? isoToday)
    .replace('{d}', String(now.getDate()))
    .replace('{y}', String(now.getFullYear()));
for (const element of controls('accessed')) {
  for (const slot of element.querySelectorAll<HTMLElement>('[data-today]')) {
    const time = document.createElement('time');
    time.dateTime = isoToday;
    time.textContent = slot.dataset.today === 'iso' ? isoToday : longToday(slot.dataset.months);
    slot.replaceWith(time);
  }
  element.hidden = false;
}

// A moved article: carry the paragraph anchor (#p3) along, which a meta refresh would drop.
const moved = document.querySelector<HTMLAnchorElement>('a[data-enhance="redirect"]');
if (moved) location.replace(moved.href.split('#')[0] + location.hash);

export {};
