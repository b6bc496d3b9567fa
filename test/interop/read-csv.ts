import { parse } from 'csv-parse/sync';

/**
 * Reads an export's CSV with csv-parse (a maintained RFC 4180 reader, not Parley's code), records
 * ending with CRLF. An unquoted empty field is `undefined` (a missing value), a quoted one `''`.
 * @example readCsv('Id,Label\r\na,""\r\nb,\r\n') // [['Id', 'Label'], ['a', ''], ['b', undefined]]
 */
export function readCsv(text: string): (string | undefined)[][] {
  return parse(text, {
    record_delimiter: '\r\n',
    cast: (value, context) => (value === '' && !context.quoting ? undefined : value),
  }) as (string | undefined)[][];
}
