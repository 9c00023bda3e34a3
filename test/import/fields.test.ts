import { describe, expect, it } from 'vitest';
import { readImportDate, isDateFormat } from '../../src/import/dates.js';
import { columnMap, guessPreset, MappingError, parseMap, readBuyingRoles } from '../../src/import/fields.js';

/* The presets' columns, `--map`, HubSpot's buying roles and the dates of CRM exports (SPEC §8). */

describe('dates', () => {
  it('reads ISO always, and the forms given, with a time dropped', () => {
    expect(readImportDate('2026-11-02', [])).toEqual({ ok: true, value: '2026-11-02' });
    expect(readImportDate('2026-11-02T14:05:00.000Z', [])).toEqual({ ok: true, value: '2026-11-02' });
    expect(readImportDate('11/02/2026', ['MM/DD/YYYY'])).toEqual({ ok: true, value: '2026-11-02' });
    expect(readImportDate('11/2/2026 2:05 PM', ['MM/DD/YYYY'])).toEqual({ ok: true, value: '2026-11-02' });
    expect(readImportDate('02.11.2026 14:05', ['DD.MM.YYYY hh:mm'])).toEqual({ ok: true, value: '2026-11-02' });
    expect(readImportDate('2.11.2026', ['DD.MM.YYYY'])).toEqual({ ok: true, value: '2026-11-02' });
  });
  it('calls a date that two forms read differently ambiguous, and an impossible one bad', () => {
    expect(readImportDate('03/04/2026', ['MM/DD/YYYY', 'DD/MM/YYYY'])).toEqual({ ok: false, why: 'ambiguous', readings: ['2026-03-04', '2026-04-03'] });
    expect(readImportDate('25/04/2026', ['MM/DD/YYYY', 'DD/MM/YYYY'])).toEqual({ ok: true, value: '2026-04-25' });
    expect(readImportDate('02/30/2026', ['MM/DD/YYYY'])).toMatchObject({ ok: false, why: 'bad' });
    expect(readImportDate('yesterday', ['MM/DD/YYYY'])).toMatchObject({ ok: false, why: 'bad' });
    expect(readImportDate('31.02.2026', ['DD.MM.YYYY'])).toMatchObject({ ok: false, why: 'bad' });
  });
  it('knows a date format from something else', () => {
    expect(isDateFormat('DD.MM.YYYY hh:mm')).toBe(true);
    expect(isDateFormat('MM/DD/YYYY')).toBe(true);
    expect(isDateFormat('YYYY')).toBe(false);
  });
});

describe('columns', () => {
  const hubspot = ['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Last Activity Date', 'Buying Role'];
  const report = ['Contact ID', 'Account Name', 'Account ID', 'First Name', 'Last Name', 'Title', 'Department', 'Email', 'Last Activity'];
  const api = ['Id', 'AccountId', 'FirstName', 'LastName', 'Title', 'Department', 'Email', 'LastActivityDate'];
  it('knows HubSpot and Salesforce (report labels and API names) from the header', () => {
    expect(guessPreset(hubspot)).toBe('hubspot');
    expect(guessPreset(report)).toBe('salesforce');
    expect(guessPreset(api)).toBe('salesforce');
    expect(guessPreset(['name', 'account'])).toBe('generic');
    expect(columnMap(hubspot, 'hubspot', [])).toMatchObject({ crmId: { index: 0 }, account: { index: 5 }, lastContact: { index: 6 }, buyingRole: { index: 7 } });
    expect(columnMap(report, 'salesforce', [])).toMatchObject({ crmId: { index: 0 }, account: { index: 1 }, accountCrmId: { index: 2 }, department: { index: 6 } });
    expect(columnMap(api, 'salesforce', [])).toMatchObject({ crmId: { index: 0 }, accountCrmId: { index: 1 }, firstName: { index: 2 }, lastContact: { index: 7 } });
  });
  it('lets --map add or override a column, found ignoring case and accents, and refuses one the file lacks', () => {
    const header = ['Firma', 'Ad Soyad', 'Ünvan'];
    expect(columnMap(header, 'generic', [parseMap('firma=account'), parseMap('AD SOYAD=name'), parseMap('unvan=title')])).toMatchObject({ account: { index: 0 }, name: { index: 1 }, title: { index: 2 } });
    expect(() => columnMap(header, 'generic', [parseMap('Şirket=account')])).toThrow(MappingError);
    expect(() => parseMap('Firma=acount')).toThrow(MappingError);
    expect(() => parseMap('Firma')).toThrow(MappingError);
  });
});

describe('HubSpot buying roles', () => {
  it('map to roles, Champion and Blocker to a stance', () => {
    expect(readBuyingRoles('Budget Holder;End User;Executive Sponsor;Legal & Compliance')).toEqual({ roles: ['budget-owner', 'end-user', 'executive-sponsor', 'procurement'], unknown: [] });
    expect(readBuyingRoles('Decision Maker; Influencer;Other')).toEqual({ roles: ['other'], unknown: [] });
    expect(readBuyingRoles('CHAMPION;BUDGET_HOLDER')).toEqual({ roles: ['budget-owner'], stance: 'advocate', unknown: [] });
    expect(readBuyingRoles('Blocker;Champion')).toMatchObject({ stance: 'detractor' });
    expect(readBuyingRoles('Gatekeeper').unknown).toEqual(['Gatekeeper']);
  });
});
