/** Statuses whose answer has no body: a `Response` refuses one. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The global `fetch`, answering with a web `Response` whoever installed it. The data layer reads
 * answers as web streams (to cap their size while they arrive); @lit-labs/ssr's global DOM shim,
 * which a server may have installed before this package, replaces Node's fetch with node-fetch,
 * whose bodies are Node streams: those are handed over as web streams.
 */
export async function serverFetch(input: string, init: RequestInit): Promise<Response> {
  const response = await globalThis.fetch(input, init);
  const body: unknown = response.body;
  if (body === null || typeof (body as ReadableStream).getReader === 'function') return response;
  return new Response(NULL_BODY.has(response.status) ? null : webStream(body as AsyncIterable<Uint8Array>), {
    status: response.status,
    statusText: response.statusText,
    headers: new Headers([...response.headers]),
  });
}

/** A Node stream as a web stream, read as the reader asks, and ended when the reader cancels. */
function webStream(body: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
