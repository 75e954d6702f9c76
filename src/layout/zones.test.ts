import { describe, expect, it } from 'vitest';
import { regionOfZone, regionOfZones } from '../model/region.ts';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { scenarioRegion, zoneBands } from './zones.ts';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 60 });

// Zone names are the Region's code and a letter; Local Zones add a location and a letter.
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
describe('Regions and Availability Zones', () => {
  it('reads the Region from a zone name, and only from one', () => {
    expect(regionOfZone('eu-west-1b')).toBe('eu-west-1');
    expect(regionOfZone('us-gov-west-1a')).toBe('us-gov-west-1');
    expect(regionOfZone('us-east-1-bos-1a')).toBe('us-east-1');
    expect(regionOfZone('use1-az1')).toBeNull();
    expect(regionOfZones(['eu-west-1a', 'eu-west-1b'])).toBe('eu-west-1');
    expect(regionOfZones(['eu-west-1a', 'us-east-1a'])).toBeNull();
  });

  it('draws the scenario’s own Region, else the one its zones share', () => {
    expect(scenarioRegion(threeTierScenario)).toBe('us-east-1');
    expect(scenarioRegion({ ...threeTierScenario, region: 'eu-central-1' })).toBe('eu-central-1');
  });

  it('bands each zone’s subnets, and draws none when zones are interleaved', () => {
    const bands = zoneBands([
      { zone: 'us-east-1b', box: box(200, 0) },
      { zone: 'us-east-1a', box: box(0, 0) },
      { zone: 'us-east-1a', box: box(0, 100) },
    ]);
    expect(bands).toEqual([
      { zone: 'us-east-1a', box: { x: -8, y: -8, width: 116, height: 176 } },
      { zone: 'us-east-1b', box: { x: 192, y: -8, width: 116, height: 76 } },
    ]);
    const interleaved = zoneBands([
      { zone: 'us-east-1a', box: box(0, 0) },
      { zone: 'us-east-1b', box: box(0, 100) },
      { zone: 'us-east-1a', box: box(0, 200) },
    ]);
    expect(interleaved).toEqual([]);
  });
});
