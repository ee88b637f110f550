/**
 * The check's report as people read it: one row per element with ✓ or ✗ for each thing checked,
 * then one line of advice per problem. (`--json` prints the Report itself, for CI.)
 */
import { duration, size, type Problem } from './advice.js';
import { ANY_SITE, type ElementReport, type Report } from './check.js';

const PASS = '✓';
const FAIL = '✗';
const WARN = '!';
const NONE = '–';

/** The widest the element column grows before a long slug is cut short. */
const ELEMENT_WIDTH = 46;

const COLUMNS = ['HTTP', 'time', 'size', 'JSON', 'CORS', 'cache', 'content'] as const;

/** ✗ for an error on this topic, ! for a warning, ✓ when it was checked and found right, – when never reached. */
function mark(element: ElementReport, topics: Problem['topic'][], checked: boolean): string {
  const on = element.problems.filter((problem) => topics.includes(problem.topic));
  if (on.some((problem) => problem.severity === 'error')) return FAIL;
  if (on.length) return WARN;
  return checked ? PASS : NONE;
}

function cells(element: ElementReport): string[] {
  const { requests } = element;
  const answered = requests.filter((request) => request.status !== undefined);
  const ok = answered.filter((request) => request.status! >= 200 && request.status! < 300);
  const last = requests.at(-1);
  const status = last?.status === undefined ? (last ? 'none' : NONE) : String(last.status);
  const time = requests.reduce((sum, request) => sum + (request.time ?? 0), 0);
  const bytes = requests.reduce((sum, request) => sum + Math.max(request.bytes, request.length ?? 0), 0);
  const cached = ok.some((request) => request.method === 'GET');
  const read = element.verdict === 'pass' || element.problems.some((problem) => problem.topic === 'content');
  return [
    status,
    answered.length ? duration(time) : NONE,
    answered.length ? size(bytes) : NONE,
    mark(element, ['type'], ok.length > 0),
    mark(element, ['cors'], answered.some((request) => request.cors !== undefined)),
    mark(element, ['cache'], cached),
    mark(element, ['content', 'size'], read),
  ];
}

/** Cut short in the middle of its last attribute's value, so that it still ends as it ends (`…">`). */
function cut(text: string, width: number): string {
  if (text.length <= width) return text;
  const end = /"?>$/.exec(text)?.[0] ?? '';
  return `${text.slice(0, width - end.length - 1)}…${end}`;
}
const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));
const verdictMark = (element: ElementReport) => (element.verdict === 'pass' ? PASS : element.verdict === 'fail' ? FAIL : NONE);

export function formatReport(report: Report): string {
  const lines: string[] = [];
  const site = report.origin === ANY_SITE ? 'a page on any other site (--origin to check one)' : `a page on ${report.origin}`;
  const provider = report.provider === 'native' ? 'the native content contract' : report.provider === 'jsonfeed' ? 'a JSON Feed' : report.provider === 'wordpress' ? 'WordPress' : 'Ghost';
  lines.push(`news-widgets check ${report.endpoint}`, `read as ${provider}, from ${site}`, '');

  const width = Math.min(ELEMENT_WIDTH, Math.max(...report.elements.map((element) => element.element.length), 'element'.length));
  const widths = [5, 8, 8, 4, 4, 5, 7];
  lines.push(`  ${pad('element', width)}  ${COLUMNS.map((name, index) => pad(name, widths[index], index < 3)).join(' ')}`);
  for (const element of report.elements) {
    const name = pad(cut(element.element, width), width);
    if (element.verdict === 'skip') {
      lines.push(`${NONE} ${name}  not checked: ${element.skipped}`);
      continue;
    }
    lines.push(`${verdictMark(element)} ${name}  ${cells(element).map((cell, index) => pad(cell, widths[index], index < 3)).join(' ')}`);
  }

  const failed = report.elements.filter((element) => element.verdict === 'fail');
  for (const element of failed) {
    lines.push('', `${FAIL} ${element.element}${element.alsoFor ? ` (and ${element.alsoFor})` : ''} would show an error:`);
    for (const problem of element.problems.filter((one) => one.severity === 'error')) lines.push(`    ${FAIL} ${line(problem.subject, problem.text)}`);
    if (element.error) lines.push(`      news-error: ${element.error.code}: ${element.error.message}`);
  }

  const warnings = mergedWarnings(report.elements);
  if (warnings.length) {
    lines.push('', `${WARN} Worth fixing, though the elements work without it:`);
    for (const warning of warnings) lines.push(`    ${WARN} ${warning}`);
  }

  const checked = report.elements.filter((element) => element.verdict !== 'skip');
  lines.push('');
  if (failed.length) lines.push(`${FAIL} ${failed.length} of ${checked.length} would not work: ${failed.map((element) => element.element).join(', ')}.`);
  else lines.push(`${PASS} Every element checked would work.`);
  return `${lines.map((text) => text.trimEnd()).join('\n')}\n`;
}

const line = (subject: string | undefined, text: string) => (subject ? `${subject}: ${text}` : text);

/**
 * The warnings of every element, each said once: the same advice about several requests (no ETag
 * on any answer, say) is one line naming them, or "every request" when it is about all of them.
 */
function mergedWarnings(elements: ElementReport[]): string[] {
  const requests = new Set(elements.flatMap((element) => element.requests.map((request) => `${request.method} ${request.url}`)));
  const merged = new Map<string, Set<string>>();
  for (const problem of elements.flatMap((element) => element.problems)) {
    if (problem.severity !== 'warning') continue;
    const subjects = merged.get(problem.text) ?? new Set<string>();
    if (problem.subject) subjects.add(problem.subject);
    merged.set(problem.text, subjects);
  }
  return [...merged].map(([text, subjects]) => {
    const named = [...subjects];
    if (named.length > 3 && named.length >= requests.size) return line(`every request (${named.length})`, text);
    if (named.length > 3) return line(`${named.slice(0, 3).join(', ')} and ${named.length - 3} more`, text);
    return line(named.join(', ') || undefined, text);
  });
}

/** The report for CI: the same facts, every request with its URL. */
export function jsonReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
