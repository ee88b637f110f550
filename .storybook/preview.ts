import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { ArgTypesEnhancer, InputType, StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { clearCache, define } from '../src/index.js';
import { globalTypes, initialGlobals, withReaderContext } from '../stories/decorators.js';
import { allHandlers } from '../stories/mocks.js';

define();

/**
 * Controls and docs come from custom-elements.json, which the analyzer writes from the elements'
 * JSDoc (`npm run analyze`). Stories render with Storybook's default web-components render, which
 * sets every arg as a property, so a control edits a property: the property rows get a control
 * made from their type, and an attribute row gets one only when the attribute and the property
 * share a name (`slug`); `link-target` is documented, and edited through `linkTarget`.
 */
setCustomElementsManifest(manifest);

interface ManifestItem {
  name: string;
  type?: { text: string };
  readonly?: boolean;
  kind?: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
}
const declarations: ManifestDeclaration[] = manifest.modules.flatMap((module) => module.declarations as ManifestDeclaration[]);

function controlFor(item: ManifestItem): Partial<InputType> {
  const type = item.type?.text.replace(/\s*\|\s*undefined\b/g, '') ?? '';
  if (item.readonly || item.kind === 'method') return { control: false };
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  if (type === 'string') return { control: { type: 'text' } };
  const literals = type.split('|').map((part) => /^\s*'([^']*)'\s*$/.exec(part)?.[1]);
  if (literals.every((literal) => literal !== undefined)) return { control: { type: 'select' }, options: literals };
  return { control: { type: 'object' } };
}

/** The docs page's introduction: the element's summary and description from the manifest. */
function componentDescription(tagName: string): string | undefined {
  const declaration = declarations.find((candidate) => candidate.tagName === tagName);
  return declaration && [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
}

const controlsFromManifest: ArgTypesEnhancer = ({ component, argTypes }) => {
  const declaration = declarations.find((candidate) => candidate.tagName === component);
  if (!declaration) return argTypes;
  const enhanced: StrictArgTypes = { ...argTypes };
  for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
    const argType = enhanced[item.name];
    if (!argType) continue;
    const isAttributeOnly = item.fieldName !== undefined && item.fieldName !== item.name;
    enhanced[item.name] = { ...argType, ...(isAttributeOnly ? { control: false } : controlFor(item)) };
  }
  return enhanced;
};

/** The mocked content endpoints (stories/mocks.ts), installed once; the worker script sits next to the preview page. */
async function startWorker() {
  const worker = setupWorker(...allHandlers);
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withReaderContext],
  loaders: [mswLoader(startWorker)],
  // Every story starts with the client's answer cache empty, as a fresh page would.
  beforeEach: () => clearCache(),
  argTypesEnhancers: [controlsFromManifest],
  globalTypes,
  initialGlobals,
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Accessibility violations fail: the a11y panel shows them as errors and the story tests fail.
    a11y: { test: 'error' },
    docs: { toc: true, extractComponentDescription: componentDescription },
    // The sidebar: the README, the guides in the order of its table of contents, then the elements.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Overview',
            'Site owners',
            'Partners',
            'Developers',
            'Configuration',
            'Content contract',
            'WordPress, Ghost and JSON Feed',
            'Server rendering',
            'Structured data',
            'Theming',
            'Languages',
            'Accessibility',
            'Browser support',
            'Security',
            'Size and performance',
            'API reference',
          ],
          'Elements',
        ],
      },
    },
  },
};

export default preview;
