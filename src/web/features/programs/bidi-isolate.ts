/** Wraps names typed by people in Unicode isolates, so an English name inside a Hebrew sentence keeps its punctuation in place. */
export function isolate(text: string) {
  return `\u2068${text}\u2069`;
}
