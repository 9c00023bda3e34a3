import { fstatSync } from 'node:fs';
import { messages } from '../i18n/messages.js';
import { UsageError } from './errors.js';
import { writeAll } from './write-all.js';

/** What a command writes its document to (CommandIO's stdout). */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Standard output as cro writes it. Redirected to a file (`cro check > report.json`),
 * Node's stream writes each chunk once and drops what a short write left (a full disk,
 * `ulimit -f`), so the report came out cut with exit 0; here every byte is written, or
 * the run ends with one line saying why (exit 2). Terminals and pipes keep Node's stream.
 */
export function standardOutput(): OutputStream {
  let toFile = false;
  try {
    toFile = fstatSync(1).isFile();
  } catch {
    // no standard output at all: Node's stream copes
  }
  if (!toFile) return process.stdout;
  return {
    isTTY: false,
    // Written at once, never queued (see writtenAtOnce in commands/io.ts).
    writableLength: 0,
    write(chunk: string | Uint8Array) {
      try {
        writeAll(1, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      } catch (error) {
        throw new UsageError(messages().errors.cannotWriteStdout({ reason: describe((error as NodeJS.ErrnoException).code) }));
      }
      return true;
    },
  } as OutputStream;
}

function describe(code: string | undefined): string {
  const says = messages().errors.stdout;
  switch (code) {
    case 'ENOSPC':
    case 'EFBIG':
    case 'EDQUOT':
      return says[code];
    default:
      return says.other({ code: code ?? says.writeError });
  }
}
