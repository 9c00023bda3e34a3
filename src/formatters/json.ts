import { ENTRY_TAIL, entryHead, findingsText } from '../check/findings-encoding.js';
import type { Formatter } from './types.js';

/**
 * The stable machine-readable shape of SPEC §4; other tools parse it, so change nothing
 * lightly. Written file by file, byte for byte what `JSON.stringify(document, null, 2)`
 * gives. A file's findings from the cache arrive already laid out, as UTF-8, and are
 * passed through as bytes.
 */
export const formatJson: Formatter<Generator<string | Uint8Array>> = function* (report) {
  const head = JSON.stringify({ version: 1, summary: report.summary }, null, 2);
  if (report.files.length === 0) {
    yield `${head.slice(0, -2)},\n  "files": []\n}\n`;
    return;
  }
  yield `${head.slice(0, -2)},\n  "files": [\n`;
  for (let index = 0; index < report.files.length; index++) {
    const file = report.files[index]!;
    const separator = index < report.files.length - 1 ? ',\n' : '\n';
    // Read once: from the cache, each read is a read of the file and a checksum.
    const findingsJson = file.findingsJson;
    if (findingsJson) {
      yield entryHead(file);
      yield findingsJson;
      yield `${ENTRY_TAIL}${separator}`;
    } else {
      yield `${entryHead(file)}${findingsText(file.findings, file.suppressed)}${ENTRY_TAIL}${separator}`;
    }
  }
  yield '  ]\n}\n';
};
