/** RFC 2045 limit, counting the "=" of a soft line break. */
const MAX_LINE = 76;

function hex(byte: number): string {
  return '=' + byte.toString(16).toUpperCase().padStart(2, '0');
}

function encodeLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  let out = '';
  let current = '';
  bytes.forEach((b, i) => {
    const last = i === bytes.length - 1;
    const printable = b >= 33 && b <= 126 && b !== 61;
    // Trailing blanks are stripped by some transports, so a blank that ends a line is encoded.
    const blank = (b === 32 || b === 9) && !last;
    let token = printable || blank ? String.fromCharCode(b) : hex(b);
    // A line starting with "." can be eaten by SMTP relays that skip dot-stuffing.
    if (current === '' && token === '.') token = hex(b);
    if (current.length + token.length > MAX_LINE - 1) {
      out += current + '=\r\n';
      current = token === '.' ? hex(b) : token;
    } else {
      current += token;
    }
  });
  return out + current;
}

/**
 * UTF-8 text as quoted-printable with CRLF line ends and no line over 76 characters. The output
 * never contains "=_", which is what makes a "=_"-prefixed multipart boundary safe.
 */
export function encodeQuotedPrintable(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(encodeLine).join('\r\n');
}
