// Quotation marks around a quoted passage, as analysis pages print them.

const OPEN = `"“„«‘'‹`;
const CLOSE = `"”“»’'›`;

/**
 * The passage without its surrounding quotation marks. The abridgement mark ("…") is part of the
 * passage and stays; a trailing full stop or comma after the closing mark is dropped with it.
 */
export function unquote(text: string): string {
  let t = text.trim();
  if (t.length < 2 || !OPEN.includes(t.charAt(0))) return t;
  t = t.slice(1);
  t = t.replace(/[.,;]$/, "");
  if (CLOSE.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  return t.trim();
}
