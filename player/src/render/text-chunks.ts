const SENTENCE = /[^.!?…\n]*(?:[.!?…]+|\n|$)\s*/g;
const MAX_CHUNK = 160;

/**
 * Body text cut into the pieces a page may end between: sentences (line breaks kept), and a
 * sentence longer than `MAX_CHUNK` characters at word boundaries. Joined, they give the text back.
 */
export function textChunks(text: string): string[] {
  const sentences = (text.match(SENTENCE) ?? []).filter((s) => s !== '');
  return sentences.flatMap(splitLong);
}

function splitLong(sentence: string): string[] {
  if (sentence.length <= MAX_CHUNK) return [sentence];
  const chunks: string[] = [];
  let chunk = '';
  for (const word of sentence.match(/\S+\s*/g) ?? []) {
    if (chunk !== '' && chunk.length + word.length > MAX_CHUNK) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += word;
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}
