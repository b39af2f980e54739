// Byte streams (a File, a fetch body) as the text chunks the importer reads.

/**
 * The UTF-8 text of a byte stream, chunk by chunk. Leaving the loop early (an unchanged pack)
 * cancels the stream, so the rest is never downloaded or read.
 */
export async function* textChunks(stream: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<string> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}
