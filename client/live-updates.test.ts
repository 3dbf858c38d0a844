import { describe, expect, it } from 'vitest';
import { countNew, newUpdatesText, poll, type PollOptions, readState } from './live-updates';

describe('readState', () => {
  it('reads the updates file', () => {
    expect(readState({ running: true, updates: ['update-2', 'update-1'] })).toEqual({
      running: true,
      updates: ['update-2', 'update-1'],
    });
  });

  it.each([null, 'text', { running: 'yes', updates: [] }, { running: true }, { running: true, updates: [1] }])(
    'refuses %j',
    (json) => {
      expect(readState(json)).toBeUndefined();
    },
  );
});

describe('countNew', () => {
  const shown = (ids: string[]) => (id: string) => ids.includes(id);

  it('counts the updates before the newest the page shows', () => {
    expect(countNew(['u5', 'u4', 'u3', 'u2'], shown(['u3', 'u2', 'u1']))).toBe(2);
  });

  it('finds none new when the page shows the newest', () => {
    expect(countNew(['u3', 'u2'], shown(['u3', 'u2']))).toBe(0);
  });

  it('says the page must load again when it shows none of them', () => {
    expect(countNew(['u9', 'u8'], shown(['u3']))).toBe(-1);
  });
});

describe('newUpdatesText', () => {
  const be = { one: '{count} новае абнаўленне', few: '{count} новыя абнаўленні', many: '{count} новых абнаўленняў' };

  it('takes the form of the count’s plural category', () => {
    expect(newUpdatesText(be, 3, 'few')).toBe('3 новыя абнаўленні');
    expect(newUpdatesText({ one: '{count} new update', other: '{count} new updates' }, 1, 'one')).toBe('1 new update');
  });
});

/** A clock and a tab the test moves by hand. */
function fakePage(answers: (boolean | Error)[]) {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let visible = true;
  let listener = () => {};
  let next = 0;
  const checks: number[] = [];
  const options: PollOptions = {
    check: async () => {
      checks.push(now);
      const answer = answers.shift() ?? true;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    visible: () => visible,
    onVisibility: (callback) => {
      listener = callback;
    },
    every: 30_000,
    setTimer: (callback, ms) => {
      next += 1;
      timers.push({ at: now + ms, callback, id: next });
      return next;
    },
    clearTimer: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    options,
    checks,
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
        await settle();
      }
      now = end;
    },
    async show(shown: boolean) {
      visible = shown;
      listener();
      await settle();
    },
  };
}

describe('poll', () => {
  it('checks every 30 seconds while the tab is visible', async () => {
    const page = fakePage([]);
    poll(page.options);
    await page.advance(95_000);
    expect(page.checks).toEqual([30_000, 60_000, 90_000]);
  });

  it('does not check while the tab is hidden, and checks at once when it is shown again', async () => {
    const page = fakePage([]);
    poll(page.options);
    await page.advance(40_000);
    await page.show(false);
    await page.advance(120_000);
    expect(page.checks).toEqual([30_000]);
    await page.show(true);
    await page.advance(30_000);
    expect(page.checks).toEqual([30_000, 160_000, 190_000]);
  });

  it('stops for good when the coverage has ended', async () => {
    const page = fakePage([true, false]);
    poll(page.options);
    await page.advance(300_000);
    await page.show(false);
    await page.show(true);
    await page.advance(300_000);
    expect(page.checks).toEqual([30_000, 60_000]);
  });

  it('tries again after a check that failed', async () => {
    const page = fakePage([new Error('offline')]);
    poll(page.options);
    await page.advance(60_000);
    expect(page.checks).toEqual([30_000, 60_000]);
  });
});
