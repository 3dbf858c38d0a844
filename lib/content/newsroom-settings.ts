// The newsroom's settings in content/site.yml about itself: its address, and the pages stating its policies.
import { type ContentProblem, showValue } from './content-error';
import { editDistance } from './edit-distance';

/**
 * The policies schema.org's NewsMediaOrganization names (https://schema.org/NewsMediaOrganization), each
 * a page of the newsroom's own in site.yml's `policies:`; every article's publisher points to them.
 */
export const POLICIES = [
  'actionableFeedbackPolicy',
  'correctionsPolicy',
  'diversityPolicy',
  'diversityStaffingReport',
  'ethicsPolicy',
  'masthead',
  'missionCoveragePrioritiesPolicy',
  'noBylinesPolicy',
  'ownershipFundingInfo',
  'publishingPrinciples',
  'unnamedSourcesPolicy',
  'verificationFactCheckingPolicy',
] as const;
export type Policy = (typeof POLICIES)[number];

/** Each policy site.yml names, and the id of the page (content/pages/<id>.<language>.md) stating it. */
export type Policies = Readonly<Partial<Record<Policy, string>>>;

const EMAIL = /^[^\s@<>()"',;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** `contact:` as written: the newsroom's e-mail address, or undefined without one (a problem when it is not one). */
export function readContact(written: unknown, file: string, problems: ContentProblem[]): string | undefined {
  if (written === undefined) return undefined;
  if (typeof written === 'string' && EMAIL.test(written.trim())) return written.trim();
  problems.push({
    file,
    field: 'contact',
    value: showValue(written),
    fix: 'write the newsroom’s e-mail address, e.g. contact: newsroom@example.org',
  });
  return undefined;
}

/**
 * `policies:` as written: each of POLICIES to the id of the page that states it. A policy schema.org
 * does not name (with the nearest it does) and a page that does not exist (`pages`: the ids of the
 * pages in `dir`, as messages name it; unchecked when undefined) are problems naming the policy.
 */
export function readPolicies(
  written: unknown,
  file: string,
  pages: Readonly<{ ids: readonly string[]; dir: string }> | undefined,
  problems: ContentProblem[],
): Policies {
  const pageIds = pages?.ids;
  if (written === undefined || written === null) return {};
  if (typeof written !== 'object' || Array.isArray(written)) {
    problems.push({
      file,
      field: 'policies',
      value: showValue(written),
      fix: 'write one "<policy>: <page id>" line per policy under it, e.g. correctionsPolicy: corrections-policy',
    });
    return {};
  }
  const policies: Partial<Record<Policy, string>> = {};
  for (const [name, id] of Object.entries(written)) {
    const field = `policies.${name}`;
    if (!(POLICIES as readonly string[]).includes(name)) {
      problems.push({ file, field, value: showValue(name), fix: unknownPolicyFix(name) });
    } else if (typeof id !== 'string' || (pageIds !== undefined && !pageIds.includes(id))) {
      const known = pageIds && pageIds.length > 0 ? `, or name one of ${[...new Set(pageIds)].sort().join(', ')}` : '';
      problems.push({
        file,
        field,
        value: showValue(id),
        fix: `${pages?.dir}/ has no page ${String(id)}; write ${pages?.dir}/${String(id)}.<language>.md${known}`,
      });
    } else policies[name as Policy] = id;
  }
  return policies;
}

function unknownPolicyFix(name: string): string {
  const nearest = POLICIES.map((policy) => ({ policy, distance: editDistance(name.toLowerCase(), policy.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)
    .at(0);
  const hint = nearest && nearest.distance <= 3 ? `did you mean "${nearest.policy}"? ` : '';
  return `${hint}schema.org names no such policy; use one of ${POLICIES.join(', ')}`;
}
