/**
 * The demo images, drawn as SVG by the server itself: no binary assets in the
 * repository and no third-party image host. Each has its width and height.
 */
interface Drawing {
  width: number;
  height: number;
  sky: [string, string];
  shapes: string;
}

const scene = (sky: [string, string], shapes: string): Drawing => ({ width: 1200, height: 675, sky, shapes });

const drawings: Record<string, Drawing> = {
  library: scene(['#1d3557', '#e76f51'], `
    <rect x="150" y="260" width="900" height="415" fill="#f1e3c6"/>
    <polygon points="120,270 600,120 1080,270" fill="#c9b38f"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${210 + i * 140}" y="330" width="60" height="280" fill="#6d597a"/>`).join('')}
    ${[0, 1, 2, 3, 4].map((i) => `<rect x="${285 + i * 140}" y="360" width="50" height="90" fill="#ffd166"/>`).join('')}`),
  parliament: scene(['#8ecae6', '#f1faee'], `
    <rect x="200" y="330" width="800" height="345" fill="#e9ecef"/>
    <ellipse cx="600" cy="330" rx="200" ry="150" fill="#adb5bd"/>
    <rect x="560" y="130" width="80" height="60" fill="#6c757d"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${240 + i * 100}" y="380" width="30" height="295" fill="#ced4da"/>`).join('')}`),
  bakery: scene(['#ffe8d6', '#ddbea9'], `
    <rect x="0" y="470" width="1200" height="205" fill="#7f5539"/>
    ${[0, 1, 2, 3, 4].map((i) => `<ellipse cx="${200 + i * 200}" cy="430" rx="85" ry="48" fill="#b08968"/><path d="M${150 + i * 200} 420 q50 -30 100 0" stroke="#e6ccb2" stroke-width="8" fill="none"/>`).join('')}`),
  festival: scene(['#10002b', '#5a189a'], `
    <rect x="300" y="480" width="600" height="195" fill="#3c096c"/>
    <circle cx="600" cy="380" r="45" fill="#f8f9fa"/><rect x="560" y="420" width="80" height="120" fill="#f8f9fa"/>
    ${Array.from({ length: 14 }, (_, i) => `<circle cx="${60 + i * 83}" cy="${110 + (i % 2) * 30}" r="10" fill="#ffd60a"/>`).join('')}`),
  wetland: scene(['#ffb703', '#8ecae6'], `
    <circle cx="900" cy="230" r="80" fill="#fb8500"/>
    <rect x="0" y="430" width="1200" height="245" fill="#219ebc"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<g transform="translate(${150 + i * 160} ${360 + (i % 2) * 40})"><ellipse cx="0" cy="0" rx="40" ry="18" fill="#343a40"/><line x1="-10" y1="15" x2="-14" y2="80" stroke="#343a40" stroke-width="4"/><line x1="10" y1="15" x2="14" y2="80" stroke="#343a40" stroke-width="4"/><path d="M35 -5 q25 -60 10 -80" stroke="#343a40" stroke-width="6" fill="none"/></g>`).join('')}`),
  cricket: scene(['#48cae4', '#caf0f8'], `
    <ellipse cx="600" cy="620" rx="700" ry="240" fill="#52b788"/>
    <rect x="540" y="430" width="120" height="220" fill="#d8f3dc"/>
    ${[0, 1, 2].map((i) => `<rect x="${580 + i * 18}" y="400" width="8" height="60" fill="#fefae0"/>`).join('')}
    <circle cx="820" cy="260" r="16" fill="#d00000"/>`),
};

const bars = [100, 103, 107, 112];
const chart: Drawing = {
  width: 800,
  height: 450,
  sky: ['#ffffff', '#f8f9fa'],
  shapes: `
    <line x1="80" y1="390" x2="760" y2="390" stroke="#495057" stroke-width="2"/>
    ${bars.map((v, i) => `<rect x="${130 + i * 160}" y="${390 - (v - 80) * 10}" width="90" height="${(v - 80) * 10}" fill="#e76f51"/><text x="${175 + i * 160}" y="${380 - (v - 80) * 10}" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#212529">${v}</text>`).join('')}`,
};

function render({ width, height, sky, shapes }: Drawing): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>${shapes}
</svg>
`;
}

const rendered = new Map<string, string>([
  ...Object.entries(drawings).map(([name, d]) => [name, render(d)] as [string, string]),
  ['flour-prices', render(chart)],
]);

/** The SVG text of a demo image by name (without `.svg`), or undefined. */
export function imageSvg(name: string): string | undefined {
  return rendered.get(name);
}
