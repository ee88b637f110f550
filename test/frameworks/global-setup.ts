/// <reference types="node" />
import type { TestProject } from 'vitest/node';
import { startTestServer } from '../server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the test content server (test/server.mjs), which counts the requests it receives. */
    contentOrigin: string;
  }
}

/** Starts the content server once for the framework tests; they read its origin with `inject`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, origin } = await startTestServer();
  project.provide('contentOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
