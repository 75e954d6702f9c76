import { describe, expect, it } from 'vitest';
import { bytesInWords } from './bytes.ts';

describe('bytesInWords', () => {
  it('says the exact count and a rounded size', () => {
    expect(bytesInWords(1)).toBe('1 byte');
    expect(bytesInWords(1000)).toBe('1,000 bytes');
    expect(bytesInWords(536_870_912)).toBe('536,870,912 bytes (512 MB)');
    expect(bytesInWords(1_073_741_824)).toBe('1,073,741,824 bytes (1 GB)');
    expect(bytesInWords(1_500_000)).toBe('1,500,000 bytes (1.4 MB)');
  });
});
