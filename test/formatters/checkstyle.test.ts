import { describe, expect, it } from 'vitest';
import { formatCheckstyle } from '../../src/formatters/checkstyle.js';
import { canonicalXml, validateCheckstyle } from '../helpers/schemas.js';
import { TRICKY, cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report } from './fixtures.js';

describe('checkstyle formatter', () => {
  it('validates against the Checkstyle 4.4 XSD', async () => {
    for (const sample of [mixedReport(), cleanReport()]) {
      expect(await validateCheckstyle(formatCheckstyle(sample, formatterOptions()))).toEqual({ valid: true, errors: [] });
    }
  });

  it('is tested by a validator that does reject broken documents', async () => {
    const xml = formatCheckstyle(mixedReport(), formatterOptions());
    expect((await validateCheckstyle(xml.replace('line="14"', 'line="fourteen"'))).valid).toBe(false);
    expect((await validateCheckstyle(xml.replace(/ source="[^"]*"/, ''))).valid).toBe(false);
    expect((await validateCheckstyle(xml.replace('<file ', '<plan '))).valid).toBe(false);
  });

  it('an empty run is a valid document without files (ESLint writes the same)', async () => {
    const xml = formatCheckstyle(emptyReport(), formatterOptions());
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
    expect(await validateCheckstyle(xml)).toEqual({ valid: true, errors: [] });
  });

  it('each file checked, each finding with line, column, severity, message and source cro.<rule>', () => {
    const xml = formatCheckstyle(report([fileReport('plans/a.yaml', 'A', [finding({ rule: 'okrs', severity: 'warning', message: 'no OKR', line: 3, column: 2 })]), cleanReport().files[0]!]), formatterOptions());
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n' +
        '  <file name="plans/a.yaml">\n    <error line="3" column="2" severity="warning" message="no OKR" source="cro.okrs"/>\n  </file>\n' +
        '  <file name="plans/copper-kettle.yaml"/>\n</checkstyle>\n',
    );
  });

  it('what a consumer reads back is the text of each message, markup and line breaks included', async () => {
    const canonical = await canonicalXml(formatCheckstyle(mixedReport(), formatterOptions()));
    expect(canonical).toContain('name="plans/acme,inc: &quot;east&quot; #1.yaml"');
    expect(canonical).toContain(`message="${TRICKY.markup.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')}"`);
    expect(canonical).toContain('message="first line&#xA;second line&#xD;&#xA;third&#xD;fourth"');
  });
});
