// site.yml's `timeZone:`, the zone in which every day, month and order a reader sees is reckoned.
import { type ContentProblem, showValue } from './content-error';
import { isTimeZone } from './dates';
import { editDistance } from './edit-distance';

/** The time zone of a site whose site.yml names none. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** The newsroom's time zone as written, or UTC (with a problem naming the closest zone) when it is none. */
export function readTimeZone(written: unknown, file: string, problems: ContentProblem[]): string {
  if (written === undefined) return DEFAULT_TIME_ZONE;
  if (typeof written === 'string' && isTimeZone(written)) return written;
  const fix = 'write the newsroom’s time zone as its IANA name, e.g. Europe/Minsk; dates are shown as they are there';
  const nearest =
    typeof written === 'string'
      ? Intl.supportedValuesOf('timeZone')
          .map((zone) => ({ zone, distance: editDistance(written.toLowerCase(), zone.toLowerCase()) }))
          .sort((a, b) => a.distance - b.distance)[0]
      : undefined;
  const hint = nearest && nearest.distance <= 2 ? `did you mean "${nearest.zone}"? ` : '';
  problems.push({ file, field: 'timeZone', value: showValue(written), fix: `${hint}${fix}` });
  return DEFAULT_TIME_ZONE;
}
