import { describe, expect, it } from 'vitest';
import {
  clientOf,
  CLIENT_PRESETS,
  parseNumber,
  serviceName,
  serviceOf,
  serviceText,
} from './presets.ts';

describe('service presets', () => {
  it('recognise a flow’s service, else call it custom', () => {
    expect(serviceOf({ protocol: 'tcp', port: 5432 })).toBe('postgresql');
    expect(serviceOf({ protocol: 'udp', port: 53 })).toBe('dns');
    expect(serviceOf({ protocol: 'icmp', icmpType: 8, icmpCode: 0 })).toBe('ping');
    expect(serviceOf({ protocol: 'tcp', port: 8080 })).toBe('custom');
  });

  it('name the service in words', () => {
    expect(serviceText({ protocol: 'tcp', port: 443 })).toBe('HTTPS (TCP 443)');
    expect(serviceText({ protocol: 'tcp', port: 8080 })).toBe('TCP 8080');
    expect(serviceText({ protocol: 'icmp', icmpType: 3, icmpCode: 4 })).toBe('ICMP type 3 code 4');
    expect(serviceText({ protocol: 47 })).toBe('protocol 47');
    expect(serviceName({ protocol: 'tcp', port: 5432 })).toBe('PostgreSQL');
  });
});

describe('client port presets', () => {
  it('pick a port inside each client’s range', () => {
    for (const preset of CLIENT_PRESETS) {
      if (preset.range === null) continue;
      expect(preset.port).toBeGreaterThanOrEqual(preset.range[0]);
      expect(preset.port).toBeLessThanOrEqual(preset.range[1]);
    }
    expect(CLIENT_PRESETS.map((p) => p.port)).toEqual([undefined, 32768, 49152, 1024]);
  });

  it('recognise a port, else call it custom', () => {
    expect(clientOf(undefined)).toBe('default');
    expect(clientOf(1024)).toBe('nat');
    expect(clientOf(50000)).toBe('custom');
  });

  it('parse whole numbers in bounds, naming a bad value', () => {
    expect(parseNumber(' 443 ', 1, 65535, 'port')).toEqual({ ok: true, value: 443 });
    expect(parseNumber('70000', 1, 65535, 'port')).toEqual({
      ok: false,
      error: '70000 is not a valid port: use a whole number from 1 to 65535.',
    });
    expect(parseNumber('4.5', 1, 65535, 'port').ok).toBe(false);
    expect(parseNumber('', 1, 65535, 'port')).toMatchObject({ error: /^An empty value/ });
  });
});
