import { extname } from 'node:path';
import { htmlFormat } from './html.js';
import { jsonFormat, jsonlFormat } from './records.js';
import { textFormat } from './text.js';
import type { InputFormat } from './types.js';

/** Every kind of input Parley reads: adding one is one entry here and one reader file. */
export const INPUT_FORMATS: readonly InputFormat[] = [textFormat, htmlFormat, jsonlFormat, jsonFormat];

/** The input format of a file name, by its extension; undefined when Parley does not read it. */
export function inputFormatOf(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  return INPUT_FORMATS.find((f) => f.extensions.includes(ext));
}

/** The extensions Parley reads, for messages: `.txt, .html, .htm, ...`. */
export const inputExtensions = () => INPUT_FORMATS.flatMap((f) => f.extensions).join(', ');
