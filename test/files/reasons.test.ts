import { afterEach, describe, expect, it } from 'vitest';
import { describeReadError } from '../../src/files/read.js';
import { whyNotWritten } from '../../src/files/write.js';
import { markMessagesFrom, useLang } from '../../src/i18n/messages.js';
import { unmarkedWords } from '../helpers/unmarked.js';

/*
 * Why a file could not be read or written is a finding or a usage error a person reads:
 * in Turkish too, with the errno code kept (it is what a search or an administrator
 * recognises) and no English word around it.
 */

const CODES = ['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'ELOOP', 'ENXIO', 'EPIPE', 'ENAMETOOLONG', 'EIO', undefined];
const errno = (code: string | undefined) => Object.assign(new Error('x'), code === undefined ? {} : { code });

describe('the reasons a file could not be read or written', () => {
  afterEach(() => {
    markMessagesFrom({});
    useLang('en');
  });

  it('are in Turkish for every errno code, the code itself kept', () => {
    markMessagesFrom({ CRO_I18N_MARK: '1' });
    useLang('tr');
    const reasons = CODES.flatMap((code) => [whyNotWritten(code, 'reports/out.json'), describeReadError(errno(code)), describeReadError(errno(code), 'folder')]);
    const data = [/\bE[A-Z]+\b/, 'reports/out.json', 'reports', 'ulimit', 'FIFO', /\.yaml\b/];
    for (const reason of reasons) expect(unmarkedWords(reason, data), reason).toEqual([]);
  });

  it('are the English ones unchanged in English', () => {
    expect(whyNotWritten('ENOENT', 'reports/out.json')).toBe('cannot write the file: the folder reports does not exist; create it first');
    expect(whyNotWritten(undefined, 'x')).toBe('cannot write the file (unknown error)');
    expect(describeReadError(errno('EACCES'), 'folder')).toBe('cannot read this folder: permission denied, so its plans are not checked; check its permissions');
  });
});
