// Illustrations for the demo content, drawn in code so that the demo needs no
// image files and no network. Every name always gives the same picture.
//
//   avatar-*   a 96×96 abstract portrait (head and shoulders on a gradient)
//   *-chart    a 1200×675 rising line chart without labels
//   anything   a 1200×675 landscape: sky gradient, sun, layered waves, and
//              either a skyline, sails or floating shapes
//
// Names are lowercase ASCII kebab case (`[a-z0-9-]+`); see `isMediaName`.

const PALETTES = {
  dawn: ['#ffd6a5', '#fdffb6', '#f4a261', '#2a9d8f', '#264653'],
  harbour: ['#a8dadc', '#f1faee', '#e63946', '#457b9d', '#1d3557'],
  sea: ['#caf0f8', '#90e0ef', '#00b4d8', '#0077b6', '#03045e'],
  meadow: ['#d8f3dc', '#b7e4c7', '#52b788', '#2d6a4f', '#081c15'],
  dusk: ['#ffcdb2', '#ffb4a2', '#e5989b', '#b5838d', '#6d6875'],
  night: ['#22223b', '#4a4e69', '#f2e9e4', '#9a8c98', '#0b0c1a'],
  storm: ['#adb5bd', '#dee2e6', '#6c757d', '#495057', '#212529'],
  festival: ['#ffbe0b', '#fb5607', '#ff006e', '#8338ec', '#3a86ff'],
  ink: ['#f6efe3', '#e9dcc5', '#c08552', '#8c5a3c', '#3e2723'],
};

// A word in the name picks the palette; other names get one by hash.
const KEYWORDS = [
  ['night', 'night'], ['storm', 'storm'], ['seagrass', 'meadow'], ['meadow', 'meadow'],
  ['festival', 'festival'], ['lighthouse', 'festival'], ['dawn', 'dawn'], ['bridge', 'harbour'],
  ['harbour', 'harbour'], ['regatta', 'sea'], ['rowing', 'sea'], ['tide', 'sea'],
  ['calligraphy', 'ink'], ['market', 'dusk'], ['bike', 'dawn'], ['repair', 'ink'],
];

export function isMediaName(name) {
  return typeof name === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name);
}

/** The SVG document for `name`, as a string. */
export function renderSvg(name) {
  if (!isMediaName(name)) throw new TypeError(`Not a media name: ${JSON.stringify(name)}`);
  const random = mulberry32(fnv1a(name));
  const palette = pickPalette(name, random);
  if (name.startsWith('avatar-')) return avatar(palette, random);
  if (name.endsWith('-chart')) return chart(palette, random);
  return scene(palette, random);
}

function pickPalette(name, random) {
  for (const [word, palette] of KEYWORDS) {
    if (name.includes(word)) return PALETTES[palette];
  }
  const names = Object.keys(PALETTES);
  return PALETTES[names[Math.floor(random() * names.length)]];
}

function scene(p, random) {
  const W = 1200;
  const H = 675;
  const sun = { x: round(200 + random() * 800), y: round(120 + random() * 150), r: round(55 + random() * 60) };
  const horizon = round(H * (0.55 + random() * 0.1));
  const waves = [0, 1, 2].map((i) => wave(W, H, horizon + i * 55, 18 + random() * 22, 2 + Math.floor(random() * 3), random() * Math.PI * 2));
  const extra = [skyline, sails, floaters][Math.floor(random() * 3)](p, random, W, horizon);
  return svg(W, H, `
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p[0]}"/>
      <stop offset="1" stop-color="${p[1]}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="${p[2]}" stop-opacity="0.55"/>
      <stop offset="1" stop-color="${p[2]}" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="${sun.x}" cy="${sun.y}" r="${sun.r * 2.4}" fill="url(#glow)"/>
  <circle cx="${sun.x}" cy="${sun.y}" r="${sun.r}" fill="${p[2]}" opacity="0.9"/>
  ${extra}
  <path d="${waves[0]}" fill="${p[3]}" opacity="0.55"/>
  <path d="${waves[1]}" fill="${p[3]}" opacity="0.8"/>
  <path d="${waves[2]}" fill="${p[4]}" opacity="0.9"/>`);
}

function skyline(p, random, W, horizon) {
  let x = round(random() * 120);
  const parts = [];
  while (x < W) {
    const w = round(40 + random() * 90);
    const h = round(40 + random() * 160);
    parts.push(`<rect x="${x}" y="${horizon - h + 20}" width="${w}" height="${h}" rx="3" fill="${p[4]}" opacity="${(0.25 + random() * 0.3).toFixed(2)}"/>`);
    x += w + round(random() * 30);
  }
  return parts.join('\n  ');
}

function sails(p, random, W, horizon) {
  const parts = [];
  const count = 2 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const x = round(120 + random() * (W - 240));
    const h = round(90 + random() * 110);
    const y = horizon + 10;
    parts.push(`<path d="M${x} ${y - h} L${x} ${y} L${x + round(h * 0.6)} ${y} Z" fill="${p[1]}" opacity="0.9"/>`);
    parts.push(`<path d="M${x - 4} ${y - h * 0.8} L${x - 4} ${y} L${x - round(h * 0.35)} ${y} Z" fill="${p[2]}" opacity="0.8"/>`);
    parts.push(`<rect x="${x - round(h * 0.4)}" y="${y}" width="${round(h * 1.1)}" height="12" rx="6" fill="${p[4]}" opacity="0.8"/>`);
  }
  return parts.join('\n  ');
}

function floaters(p, random, W, horizon) {
  const parts = [];
  for (let i = 0; i < 7; i++) {
    const x = round(random() * W);
    const y = round(40 + random() * (horizon - 80));
    const s = round(14 + random() * 46);
    const colour = p[2 + Math.floor(random() * 3)];
    const opacity = (0.2 + random() * 0.35).toFixed(2);
    parts.push(i % 2
      ? `<rect x="${x}" y="${y}" width="${s}" height="${s}" rx="${round(s / 5)}" transform="rotate(${round(random() * 90)} ${x + s / 2} ${y + s / 2})" fill="${colour}" opacity="${opacity}"/>`
      : `<circle cx="${x}" cy="${y}" r="${round(s / 2)}" fill="none" stroke="${colour}" stroke-width="6" opacity="${opacity}"/>`);
  }
  return parts.join('\n  ');
}

function wave(W, H, y, amplitude, periods, phase) {
  const steps = 48;
  let d = `M0 ${H} L0 ${round(y + Math.sin(phase) * amplitude)}`;
  for (let i = 1; i <= steps; i++) {
    const x = (W * i) / steps;
    d += ` L${round(x)} ${round(y + Math.sin(phase + (i / steps) * periods * Math.PI * 2) * amplitude)}`;
  }
  return `${d} L${W} ${H} Z`;
}

function chart(p, random) {
  const W = 1200;
  const H = 675;
  const left = 90;
  const right = W - 60;
  const top = 70;
  const bottom = H - 80;
  const n = 100;
  const points = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    // Gentle rise that steepens towards the end, plus year-to-year noise.
    const trend = 0.25 * t + 0.55 * t ** 3;
    const noise = (random() - 0.5) * 0.12;
    const y = bottom - (bottom - top) * Math.min(1, Math.max(0, 0.08 + trend + noise));
    points.push([round(left + (right - left) * t), round(y)]);
  }
  const line = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ');
  const grid = [0, 1, 2, 3, 4].map((i) => {
    const y = round(top + ((bottom - top) * i) / 4);
    return `<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="${p[4]}" stroke-opacity="0.12" stroke-width="2"/>`;
  }).join('\n  ');
  return svg(W, H, `
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#ffffff"/>
      <stop offset="1" stop-color="${p[0]}"/>
    </linearGradient>
    <linearGradient id="area" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p[2]}" stop-opacity="0.45"/>
      <stop offset="1" stop-color="${p[2]}" stop-opacity="0.02"/>
    </linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  ${grid}
  <path d="${line} L${right} ${bottom} L${left} ${bottom} Z" fill="url(#area)"/>
  <path d="${line}" fill="none" stroke="${p[3]}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>
  <line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${p[4]}" stroke-width="3"/>
  <line x1="${left}" y1="${top - 20}" x2="${left}" y2="${bottom}" stroke="${p[4]}" stroke-width="3"/>
  <circle cx="${points[n - 1][0]}" cy="${points[n - 1][1]}" r="10" fill="${p[3]}"/>`);
}

function avatar(p, random) {
  const S = 96;
  const hue = Math.floor(random() * 3);
  const skin = ['#f1c27d', '#c68642', '#8d5524'][hue];
  const angle = round(random() * 360);
  return svg(S, S, `
  <defs>
    <linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">
      <stop offset="0" stop-color="${p[0]}"/>
      <stop offset="1" stop-color="${p[3]}"/>
    </linearGradient>
  </defs>
  <rect width="${S}" height="${S}" fill="url(#bg)"/>
  <circle cx="${round(10 + random() * 76)}" cy="${round(10 + random() * 30)}" r="${round(8 + random() * 10)}" fill="${p[1]}" opacity="0.5"/>
  <path d="M14 96 C16 70 30 62 48 62 C66 62 80 70 82 96 Z" fill="${p[4]}"/>
  <circle cx="48" cy="40" r="17" fill="${skin}"/>
  <path d="M31 38 C31 24 40 20 48 20 C58 20 66 26 65 38 C60 31 52 29 44 30 C38 31 34 34 31 38 Z" fill="${p[4]}" opacity="0.85"/>`);
}

function svg(width, height, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}\n</svg>\n`;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
