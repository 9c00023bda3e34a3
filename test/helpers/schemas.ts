import AjvDraft04 from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

/**
 * The official schemas the CI formats must satisfy (SPEC §4): copied byte for byte into
 * test/schemas/ (their sources and licences in SOURCES.md there), so the tests run in any
 * clone, not only beside the spec.
 */
export const SCHEMAS_DIR = new URL('../schemas/', import.meta.url);

const readSchema = (name: string): string => readFileSync(new URL(name, SCHEMAS_DIR), 'utf8');

export interface SchemaVerdict {
  valid: boolean;
  errors: string[];
}

/** XSD validation with libxml2 (xmllint compiled to WebAssembly); also proves the XML is well-formed. */
export async function validateJunit(xml: string, schema: 'jenkins' | 'ant' = 'jenkins'): Promise<SchemaVerdict> {
  const xsd = readSchema(schema === 'jenkins' ? 'junit-jenkins-xunit-10.xsd' : 'junit-ant-windyroad.xsd');
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [xsd] });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/** The document as libxml2 reads it, in canonical form (C14N), to see what a consumer gets. */
export async function canonicalXml(xml: string): Promise<string> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], normalization: 'c14n' });
  if (!result.valid) throw new Error(`not well-formed XML:\n${result.rawOutput}`);
  return result.normalized;
}

// module.exports is the class itself and also carries it as `.default`, the one spelling TypeScript (NodeNext) and Node agree on.
const Ajv = AjvDraft04.default;

let sarifValidator: ((data: unknown) => SchemaVerdict) | undefined;

/** The OASIS SARIF 2.1.0 schema (JSON Schema draft-04), with its formats checked, not ignored. */
export function validateSarif(document: unknown): SchemaVerdict {
  if (!sarifValidator) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => !/[\s\\]/.test(value) && URL.canParse(value, 'file:///base/'));
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(JSON.parse(readSchema('sarif-schema-2.1.0.json')) as object);
    sarifValidator = (data) => {
      const valid = validate(data) as boolean;
      return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`) };
    };
  }
  return sarifValidator(document);
}

/*
 * The formats of SPEC §13, each against the schema its consumer publishes or uses
 * (test/schemas/SOURCES.md).
 */

let gitlabIssueValidator: ((data: unknown) => SchemaVerdict) | undefined;

/**
 * A GitLab Code Quality report: an array, each issue valid against the schema GitLab's
 * own parser validates issues with (draft-07), and with one of the severities GitLab
 * knows (the schema says only "string"; GitLab's documentation lists these five).
 */
export async function validateGitlab(document: unknown): Promise<SchemaVerdict> {
  if (!gitlabIssueValidator) {
    // ajv's default export is its draft-07 class (module.exports carries it as `.default` too, as with ajv-draft-04).
    const AjvDraft07 = (await import('ajv')).default.default;
    const ajv = new AjvDraft07({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readSchema('gitlab-codeclimate.json')) as object);
    gitlabIssueValidator = (data) => {
      const valid = validate(data) as boolean;
      return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`) };
    };
  }
  if (!Array.isArray(document)) return { valid: false, errors: ['the report is not an array'] };
  const errors: string[] = [];
  document.forEach((issue: unknown, index) => {
    const verdict = gitlabIssueValidator!(issue);
    errors.push(...verdict.errors.map((e) => `[${index}]${e}`));
    const severity = (issue as { severity?: unknown } | null)?.severity;
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(severity as string)) errors.push(`[${index}]/severity ${String(severity)} is not a GitLab severity`);
  });
  return { valid: errors.length === 0, errors };
}

let rdjsonValidator: ((data: unknown) => SchemaVerdict) | undefined;

/** reviewdog's DiagnosticResult (rdjson), draft-04. */
export function validateRdjson(document: unknown): SchemaVerdict {
  if (!rdjsonValidator) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readSchema('reviewdog-rdjson-DiagnosticResult.json')) as object);
    rdjsonValidator = (data) => {
      const valid = validate(data) as boolean;
      return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`) };
    };
  }
  return rdjsonValidator(document);
}

/** Checkstyle XML against the schema of its report as Checkstyle writes it and Warnings NG and reviewdog read it (see test/schemas/SOURCES.md). */
export async function validateCheckstyle(xml: string): Promise<SchemaVerdict> {
  const result = await validateXML({ xml: [{ fileName: 'checkstyle.xml', contents: xml }], schema: [readSchema('checkstyle-report.xsd')] });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
