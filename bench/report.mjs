// The benchmark's tables, in Markdown: printed by bench/run.mjs, and written into docs/performance.md
// between its `bench:start` and `bench:end` markers. Run on its own (`npm run bench:tables`), it
// writes those tables again from bench/results/latest.json, without measuring anything.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const PAGE = new URL('../docs/performance.md', import.meta.url);
const LATEST = new URL('results/latest.json', import.meta.url);
const START = '<!-- bench:start: generated from bench/results/latest.json by `npm run bench:tables`; do not edit by hand -->';
const END = '<!-- bench:end -->';

const LABELS = {
  'news-widgets': 'news-widgets',
  floor: 'floor',
  react: 'React 19',
  'inner-html': 'innerHTML',
  iframe: 'iframes',
};

const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const percent = (level) => `${Math.round(level * 100)}%`;

function interval({ low, high, level }, format) {
  return `${format(low)} – ${format(high)}${level < 0.945 ? ` (${percent(level)})` : ''}`;
}

function verdict(ratio) {
  if (!ratio.target) return '';
  const text = ratio.met ? 'met' : '**missed**';
  return ratio.certain ? text : `${text} (the interval reaches across the target)`;
}

function machineLine({ date, mode, machine, cards }) {
  const day = date.slice(0, 10);
  const load = machine.loadAverage;
  return (
    `Measured ${day} (${mode} run, ${cards.samples} samples per contender) on ${machine.cpu}, ${machine.cores} cores, ` +
    `${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; ` +
    `load average ${load.start[0]} at the start${
      load.start[0] > machine.cores / 2 ? ` (above ${machine.cores / 2}: other work was running, which widens the intervals)` : ''
    } and ${load.end[0]} at the end (the benchmark's own browser included).`
  );
}

function cardTables({ cards }) {
  const lines = [
    `**${cards.count} cards, from data in hand to painted** (median, and the 95% confidence interval of the median)`,
    '',
    '| contender | median | 95% CI |',
    '|---|---:|---:|',
    ...cards.contenders.map((contender) => `| ${contender.label} | ${ms(contender.median)} | ${interval(contender, (value) => value.toFixed(1))} ms |`),
    '',
    '| ratio of medians | ratio | 95% CI | target | |',
    '|---|---:|---:|---:|---|',
    ...cards.ratios.map(
      (ratio) =>
        `| ${LABELS[ratio.of]} / ${LABELS[ratio.to]} | ${ratio.value.toFixed(2)} | ${interval(ratio, (value) => value.toFixed(2))} | ${
          ratio.target ? `${ratio.target.at === 'most' ? '≤' : '≥'} ${ratio.target.value}` : '–'
        } | ${verdict(ratio)} |`,
    ),
  ];
  if (cards.contenders.some((contender) => contender.level < 0.945)) {
    lines.push('', `With ${cards.samples} samples, the widest interval (smallest to largest sample) covers the median with the probability in brackets.`);
  }
  return lines;
}

function articleLine({ article }) {
  return `**A whole \`<news-article>\`** (tags, hero image, sanitized body, source, author bio, four related cards), from data in hand to painted: ${ms(article.median)}, 95% CI ${interval(article, (value) => value.toFixed(1))} ms.`;
}

function heapTable({ heap, cards }) {
  const kB = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} kB`;
  return [
    `**${heap.cards.toLocaleString('en')} cards in memory**, after a full garbage collection: before, with the cards, and after removing them. ` +
      `The JS heap is V8's; the DOM heap is Blink's (elements, shadow roots, styles). The baseline is taken after as many cards were rendered and removed once, ` +
      `so what a page makes once (templates, optimized code, stylesheets) is in it. Memory counts as returned when the nodes are all gone and each heap is back ` +
      `within ${heap.tolerance.bytes / 1024} kB (or ${heap.tolerance.ofGrowth * 100}% of what the cards took) of its baseline.`,
    '',
    '| contender | JS heap | DOM heap | DOM nodes | memory returned |',
    '|---|---:|---:|---:|---|',
    ...Object.entries(heap.contenders).map(([id, run]) => {
      const label = cards.contenders.find((contender) => contender.id === id)?.label ?? id;
      const three = (key, format) => [run.baseline, run.rendered, run.removed].map((point) => format(point[key])).join(' / ');
      return `| ${label} | ${three('jsHeap', mb)} | ${three('domHeap', mb)} | ${three('nodes', (nodes) => nodes.toLocaleString('en'))} | ${run.returned ? 'yes' : '**no**'} (JS ${kB(run.retained.jsHeap)}, DOM ${kB(run.retained.domHeap)}) |`;
    }),
  ];
}

function shiftList(run, delay) {
  if (!run.shifts.length) return 'none';
  return run.shifts
    .map((shift) => {
      const when = shift.time < delay ? 'before any content arrived' : 'as content arrived';
      return `${shift.value.toFixed(3)} at ${shift.time} ms, ${when} (${[...new Set(shift.sources)].join('; ')})`;
    })
    .join('; ');
}

function networkTable({ network, checks }) {
  const cls = checks.find((check) => check.name.startsWith('Cumulative'));
  const row = (name, run) =>
    `| ${name} | ${run.requests.received} | ${run.requests.made} | ${network.expectedRequests} | ${run.loaded} of ${run.widgets} | ${run.cls.toFixed(3)} |`;
  return [
    `**20 widgets on 5 resources** against the reference endpoint: requests it received and the browser made, and the Cumulative Layout Shift until every widget had loaded (target: 0.00).`,
    '',
    '| endpoint | requests received | requests made | expected | widgets loaded | CLS |',
    '|---|---:|---:|---:|---:|---:|',
    row('prompt', network.prompt),
    row(`${network.delay} ms late`, network.delayed),
    '',
    `Requests: ${checks.filter((check) => check.name.startsWith('requests')).every((check) => check.ok) ? 'met' : '**missed**'}. ` +
      `Layout shift with the endpoint ${network.delay} ms late: ${cls.ok ? 'met' : '**missed**'}; shifts: ${shiftList(network.delayed, network.delay)}.` +
      (network.delayed.firstPaint !== undefined && network.delayed.defined !== undefined
        ? ` First paint at ${network.delayed.firstPaint} ms, elements defined at ${network.delayed.defined} ms.`
        : ''),
  ];
}

/** Every table of a result, in Markdown. */
export function formatTables(result) {
  return [machineLine(result), '', ...cardTables(result), '', articleLine(result), '', ...heapTable(result), '', ...networkTable(result)].join('\n');
}

/** Writes the tables of `result` into docs/performance.md, between the markers. */
export async function updateTables(result) {
  const page = await readFile(PAGE, 'utf8');
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/performance.md has no "${START}" … "${END}" markers to write the tables between.`);
  await writeFile(PAGE, `${page.slice(0, start + START.length)}\n${formatTables(result)}\n${page.slice(end)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await updateTables(JSON.parse(await readFile(LATEST, 'utf8')));
  console.log('Wrote the tables of bench/results/latest.json into docs/performance.md.');
}
