// What the live script (client/live.ts) decides, apart from the page: what the updates file says, how
// many of its updates are new to the page, the words for them, and when to check again.

/** The updates file (lib/metadata/live.ts): whether the coverage runs, and the first page's updates, newest first. */
export type LiveState = Readonly<{ running: boolean; updates: readonly string[] }>;

/** The updates file's JSON as a LiveState, or undefined when it is not one (a proxy's error page, a half-written file). */
export function readState(json: unknown): LiveState | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { running, updates } = json as Record<string, unknown>;
  if (typeof running !== 'boolean' || !Array.isArray(updates) || updates.some((id) => typeof id !== 'string'))
    return undefined;
  return { running, updates };
}

/**
 * How many of `updates` (newest first) are newer than every one the page shows (`shown` says which it
 * shows): those before the first it shows. -1 when it shows none of them: more have come than a page
 * holds, and only loading the page again brings them all.
 */
export function countNew(updates: readonly string[], shown: (id: string) => boolean): number {
  const first = updates.findIndex(shown);
  return first === -1 ? -1 : first;
}

/** "3 new updates", in the page's language: `forms` by plural category as the page gives them, `category` `count`'s. */
export function newUpdatesText(forms: Readonly<Record<string, string>>, count: number, category: string): string {
  return (forms[category] ?? forms.other ?? '').replace('{count}', String(count));
}

/** What polling needs from the page: each is the browser's in the page, a stand-in in a test. */
export type PollOptions = Readonly<{
  /** Checks once; resolves false when there is nothing more to check for (the coverage ended). */
  check: () => Promise<boolean>;
  visible: () => boolean;
  /** Calls `listener` whenever the tab is shown or hidden. */
  onVisibility: (listener: () => void) => void;
  every: number;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}>;

/**
 * Checks every `every` ms while the tab is visible, and at once when it is shown again after being
 * hidden; never two checks at a time; a check that fails (offline) is tried again later; stops for good
 * when a check says the coverage is over.
 */
export function poll({ check, visible, onVisibility, every, setTimer, clearTimer }: PollOptions): void {
  let timer: unknown;
  let busy = false;
  let over = false;
  const wait = () => {
    if (!over && visible()) timer = setTimer(run, every);
  };
  const run = async () => {
    timer = undefined;
    if (busy || over || !visible()) return;
    busy = true;
    try {
      over = !(await check());
    } catch {
      // Offline, or the file was being replaced: the next check will tell.
    }
    busy = false;
    wait();
  };
  onVisibility(() => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (visible()) void run();
  });
  wait();
}
