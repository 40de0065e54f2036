import { describe, expect, it } from 'vitest';
import { maskContacts } from '../src/checker/index.js';

describe('maskContacts hides contact details for logs', () => {
  it('masks phone, email and handle but keeps the rest', () => {
    const out = maskContacts('Hi, WhatsApp +86 186 1234 5678 or mail tony@gmail.com, MOQ 500.');
    expect(out).not.toMatch(/1234|tony@gmail/);
    expect(out).toMatch(/MOQ 500/);
    expect(out).toContain('***');
  });
  it('masks a buyer number quoted back too', () => {
    expect(maskContacts('consignee phone +1 415 555 2671 for customs')).not.toMatch(/555/);
  });
  it('leaves clean text untouched', () => {
    expect(maskContacts('Price 12 USD, MOQ 100 pcs')).toBe('Price 12 USD, MOQ 100 pcs');
  });
});
