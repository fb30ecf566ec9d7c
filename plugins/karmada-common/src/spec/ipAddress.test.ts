import { isIPAddress, isIPv4, isIPv6 } from './ipAddress';

describe('IP addresses', () => {
  it.each([
    ['10.0.0.1', true, false],
    ['255.255.255.255', true, false],
    ['256.0.0.1', false, false],
    ['01.2.3.4', false, false],
    ['1.2.3', false, false],
    ['::1', false, true],
    ['::', false, true],
    ['2001:db8::8a2e:370:7334', false, true],
    ['2001:0db8:0000:0000:0000:8a2e:0370:7334', false, true],
    ['::ffff:192.168.1.1', false, true],
    ['1:2:3:4:5:6:1.2.3.4', false, true],
    ['1:2:3:4:5:6:7:8:9', false, false],
    ['1::2::3', false, false],
    ['12345::1', false, false],
    ['1:2:3:4:5:6:7', false, false],
    ['::ffff:300.1.1.1', false, false],
    ['db.local', false, false],
  ])('%s: IPv4 %p, IPv6 %p', (value, v4, v6) => {
    expect(isIPv4(value)).toBe(v4);
    expect(isIPv6(value)).toBe(v6);
    expect(isIPAddress(value)).toBe(v4 || v6);
  });
});
