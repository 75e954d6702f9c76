import { describe, expect, it } from 'vitest';
import { builtInChallenges, builtInScenarios } from '../../scenarios/index.ts';
import { emptyScenario } from '../../model/defaults.ts';
import { thumbnailOf } from './thumbnail.ts';

describe('gallery thumbnails', () => {
  it('draw every built-in scenario, each VPC and subnet inside its frame', () => {
    for (const item of [...builtInScenarios, ...builtInChallenges]) {
      const { shapes, viewBox } = thumbnailOf(item.scenario, item.layout);
      const [x, y, w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
      const count = (kind: string) => shapes.filter((s) => s.kind === kind).length;
      expect(count('vpc'), item.id).toBe(item.scenario.vpcs.length);
      expect(count('subnet') + count('public-subnet'), item.id).toBe(item.scenario.subnets.length);
      for (const s of shapes) {
        expect(s.x, item.id).toBeGreaterThanOrEqual(x);
        expect(s.y, item.id).toBeGreaterThanOrEqual(y);
        expect(s.x + s.width, item.id).toBeLessThanOrEqual(x + w);
        expect(s.y + s.height, item.id).toBeLessThanOrEqual(y + h);
      }
    }
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html (a public subnet routes to an internet gateway)
  it('tell public subnets apart', () => {
    const web = builtInScenarios.find((b) => b.id === 'public-web');
    expect(web).toBeDefined();
    if (!web) return;
    const { shapes } = thumbnailOf(web.scenario, web.layout);
    expect(shapes.some((s) => s.kind === 'public-subnet')).toBe(true);
  });

  it('draw an empty scenario as an empty frame', () => {
    expect(thumbnailOf(emptyScenario('Empty'), { nodes: {} }).shapes).toEqual([]);
  });
});
