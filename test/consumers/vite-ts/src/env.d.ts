interface ImportMetaEnv {
  /** The content endpoint, given to the build by the test runner. */
  readonly VITE_NEWS_ENDPOINT: string;
}
