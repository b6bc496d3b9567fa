// XML 1.0 text and attribute escaping. Characters XML 1.0 forbids (most C0 controls, lone
// surrogates, U+FFFE, U+FFFF) cannot even be written as character references, so they are dropped.

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_SPECIAL = /[&<>\r\u0085\u2028]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ATTRIBUTE_SPECIAL = /[&<"\t\n\r\u0085\u2028]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// \r would be turned into \n, and tab/newline in attributes into spaces, by every XML parser
// (end-of-line and attribute-value normalisation), so they are written as character references;
// so are NEL and LINE SEPARATOR, which some parsers (xmldom) normalise too, as XML 1.1 does.
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};

const replace = (c: string) => REPLACEMENTS[c] ?? '';

// A quick test without the unicode flag (much faster) that lets most strings through untouched:
// it flags every special or possibly forbidden character, and any surrogate, paired or not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const MAYBE_TEXT = /[&<>\r\u0085\u2028\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const MAYBE_ATTRIBUTE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[&<"\t\n\r\u0085\u2028\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Removes the characters XML 1.0 does not allow anywhere in a document.
 * @example stripForbiddenXmlChars('a\u0000b\uD800c') // 'abc'
 */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes a string for XML element content, dropping forbidden characters. */
export function escapeXmlText(text: string): string {
  return MAYBE_TEXT.test(text) ? text.replace(TEXT_SPECIAL, replace) : text;
}

/**
 * Escapes a string for a double-quoted XML attribute value, dropping forbidden characters.
 * `>` is legal there and stays, which keeps edge keys such as `said:a->b` unchanged (and fast).
 */
export function escapeXmlAttribute(text: string): string {
  return MAYBE_ATTRIBUTE.test(text) ? text.replace(ATTRIBUTE_SPECIAL, replace) : text;
}

const LINE_BREAKS = /[\u0085\u2028]/g;

/**
 * Makes a whole XML document written by another library safe to read: drops forbidden characters
 * and writes NEL and LINE SEPARATOR as character references (valid in text and attribute values).
 */
export function sanitizeXmlDocument(xml: string): string {
  return xml.replace(FORBIDDEN, '').replace(LINE_BREAKS, (c) => REPLACEMENTS[c] ?? '');
}
