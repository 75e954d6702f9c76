import { describe, expect, it } from 'vitest';
import {
  parseCustomService,
  SERVICE_PRESETS,
  serviceLabel,
  serviceTitle,
  toggleService,
} from './services.ts';

describe('matrix services', () => {
  it('label protocol and port as AWS writes them', () => {
    expect(serviceLabel({ protocol: 'tcp', port: 5432 })).toBe('TCP 5432');
    expect(serviceLabel({ protocol: 'udp', port: 53 })).toBe('UDP 53');
    expect(serviceLabel({ protocol: 'icmp' })).toBe('ICMP echo');
    expect(serviceLabel({ protocol: 47 })).toBe('protocol 47');
    expect(serviceTitle({ protocol: 'tcp', port: 5432, name: 'PostgreSQL' })).toBe(
      'PostgreSQL (TCP 5432)',
    );
  });

  it('offer the eight presets of the issue', () => {
    expect(SERVICE_PRESETS.map((p) => serviceTitle(p.service))).toEqual([
      'SSH (TCP 22)',
      'HTTP (TCP 80)',
      'HTTPS (TCP 443)',
      'MySQL (TCP 3306)',
      'PostgreSQL (TCP 5432)',
      'RDP (TCP 3389)',
      'DNS (UDP 53)',
      'ICMP echo',
    ]);
  });

  it('toggle a service in and out of the pick by protocol and port', () => {
    const ssh = { protocol: 'tcp' as const, port: 22 };
    expect(toggleService([], ssh)).toEqual([ssh]);
    expect(toggleService([{ ...ssh, name: 'SSH' }], ssh)).toEqual([]);
  });

  it('read a custom service and refuse what is not one', () => {
    expect(parseCustomService('tcp', ' 8080 ')).toEqual({
      ok: true,
      service: { protocol: 'tcp', port: 8080 },
    });
    expect(parseCustomService('number', '47')).toEqual({ ok: true, service: { protocol: 47 } });
    expect(parseCustomService('icmp', '')).toEqual({ ok: true, service: { protocol: 'icmp' } });
    expect(parseCustomService('udp', '70000')).toEqual({
      ok: false,
      error: '70000 is not a port (1–65535).',
    });
    expect(parseCustomService('tcp', 'http').ok).toBe(false);
    expect(parseCustomService('number', '6').ok).toBe(false);
  });
});
