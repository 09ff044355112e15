// Whether a text is ASCII: the fast paths that avoid Unicode-aware patterns and case rules start here.

const ASCII = /^[\x00-\x7f]*$/;

export function isAscii(text: string): boolean {
  return ASCII.test(text);
}
