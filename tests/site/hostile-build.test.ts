// Builds the fixture hub with every 'harmless' payload of the hostile-input corpus at
// once (those the check lets through), and checks that no output lets one run or leak.
// Then shows that a build which fails leaves the previous output untouched.
// The invariants are described in tests/hostile/invariants.ts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { hostileCases, marker, outsideSecret } from '../fixtures/hostile/cases.ts';
import { environmentSecrets, repoRoot, runBuild } from '../hostile/build-site.ts';
import { applyChange, caseHub, removeCaseHub, type CaseHub } from '../hostile/hub-copy.ts';
import { builtSiteViolations, hashTree, machineSecrets, type Violation } from '../hostile/invariants.ts';

const secrets = [...machineSecrets(repoRoot), ...environmentSecrets, { label: 'a file beside the content folder', text: outsideSecret }];

/** Harmless cases the check lets through: refusing one is allowed, so only these reach the build. */
function harmlessCasesTheCheckAccepts() {
  return hostileCases
    .filter((c) => 'harmless' in c.expect)
    .filter((c) => {
      const hub = caseHub([c.files]);
      try {
        return !checkContent(hub.content).problems.some((p) => p.severity === 'error');
      } finally {
        removeCaseHub(hub);
      }
    });
}

const described = (violations: Violation[], invariant: Violation['invariant']) => violations.filter((v) => v.invariant === invariant).map((v) => `${v.file}: ${v.detail}`);

describe('a site built with every harmless payload at once', () => {
  let hub: CaseHub;
  let violations: Violation[] = [];

  beforeAll(async () => {
    const cases = harmlessCasesTheCheckAccepts();
    hub = caseHub(cases.map((c) => c.files));
    const dist = join(hub.work, 'dist');
    const build = runBuild(hub.content, dist, hub.work);
    expect(build.status, build.output).toBe(0);
    violations = await builtSiteViolations(dist, { marker, secrets });
  }, 300_000);
  afterAll(() => hub && removeCaseHub(hub));

  it('runs no payload in any page or in the search index', () => {
    expect(described(violations, 'b')).toEqual([]);
  });

  it('writes calendar files that ical.js reads, with no control characters in values, CRLF line ends and lines folded at 75 octets', () => {
    expect(described(violations, 'c')).toEqual([]);
  });

  it('writes JSON-LD that parses as JSON and never closes its script element', () => {
    expect(described(violations, 'd')).toEqual([]);
  });

  it('publishes nothing from outside the content folder', () => {
    expect(described(violations, 'e')).toEqual([]);
  });
});

describe('a build that fails', () => {
  const failing = hostileCases.find((c) => c.kind === 'build-failure')!;
  let hub: CaseHub;
  afterAll(() => hub && removeCaseHub(hub));

  it(`leaves the previous output byte for byte (${failing.name.toLowerCase()})`, { timeout: 300_000 }, () => {
    hub = caseHub([]);
    const dist = join(hub.work, 'dist');
    const good = runBuild(hub.content, dist, hub.work);
    expect(good.status, good.output).toBe(0);
    const before = hashTree(dist);

    for (const [path, change] of Object.entries(failing.files)) applyChange(hub, path, change);
    const bad = runBuild(hub.content, dist, hub.work);

    expect(bad.status, 'the build should fail').not.toBe(0);
    expect(hashTree(dist)).toBe(before);
  });
});
