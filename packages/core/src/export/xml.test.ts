import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, sanitizeXmlDocument, stripForbiddenXmlChars } from './xml.js';

describe('XML escaping', () => {
  it('drops what XML 1.0 forbids: C0 controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(stripForbiddenXmlChars('a\u0000b\u0008c\u001Fd\uD800e\uDFFFf\uFFFEg\uFFFFh')).toBe('abcdefgh');
  });

  it('keeps tab, newline, emoji, right-to-left text and C1 controls', () => {
    const kept = 'a\tb\nc 😀 👨‍👩‍👧 مرحبا \u202E \u007F';
    expect(stripForbiddenXmlChars(kept)).toBe(kept);
  });

  it('escapes markup in text, and CR, NEL and LINE SEPARATOR as references parsers keep', () => {
    expect(escapeXmlText('a < b && c > d\r\n\u0085\u2028"\'')).toBe(
      'a &lt; b &amp;&amp; c &gt; d&#13;\n&#133;&#8232;"\'',
    );
  });

  it('escapes quotes and whitespace in attribute values so normalisation cannot change them', () => {
    expect(escapeXmlAttribute('say "hi"\t&\n<bye>\r')).toBe('say &quot;hi&quot;&#9;&amp;&#10;&lt;bye>&#13;');
  });

  it('leaves plain strings as the same string', () => {
    const plain = 'statement:000_6b75679a6597cec9:12 — Zelenskyy’s “plan”';
    expect(escapeXmlText(plain)).toBe(plain);
    expect(escapeXmlAttribute(plain)).toBe(plain);
  });

  it('sanitises a whole document without touching its markup', () => {
    expect(sanitizeXmlDocument('<a b="x\u0001\u0085">\uFFFF\u2028</a>')).toBe('<a b="x&#133;">&#8232;</a>');
  });
});
