import type { PolicyRun } from './simulate.ts';

const COLOURS: Record<string, string> = {
  oracle: '#2ca02c',
  'static-peak': '#7f7f7f',
  'reactive-hpa': '#d62728',
  'business-hours': '#9467bd',
  predictive: '#1f77b4',
};

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/**
 * Demand against each policy's ready capacity (ready replicas × capacity), one step line per
 * policy, as a standalone SVG. Time runs left to right over the whole trace.
 */
export function renderPlot(counts: readonly number[], runs: readonly PolicyRun[], capacityPerReplica: number, title: string, labelOf: (t: number) => string): string {
  const width = 1600;
  const height = 520;
  const margin = { left: 60, right: 170, top: 36, bottom: 40 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const n = Math.max(1, counts.length);
  // The y axis stops at the largest demand or capacity of the adaptive policies, so the
  // static-peak line (far above) is clipped at the top rather than flattening the rest.
  let adaptiveMax = 1;
  for (const c of counts) adaptiveMax = Math.max(adaptiveMax, c);
  for (const run of runs) if (run.name !== 'static-peak') for (const r of run.ready) adaptiveMax = Math.max(adaptiveMax, r * capacityPerReplica);
  const yMax = adaptiveMax * 1.05;
  const x = (t: number) => (margin.left + (t / n) * plotW).toFixed(1);
  const y = (v: number) => (margin.top + plotH - (Math.min(v, yMax) / yMax) * plotH).toFixed(1);
  const stepPath = (values: readonly number[]) => {
    let d = `M${x(0)},${y(values[0] ?? 0)}`;
    for (let t = 1; t < values.length; t++) if (values[t] !== values[t - 1]) d += `H${x(t)}V${y(values[t] ?? 0)}`;
    return `${d}H${x(values.length)}`;
  };
  const demandPath = counts.map((c, t) => `${t === 0 ? 'M' : 'L'}${x(t)},${y(c)}`).join('');
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<text x="${margin.left}" y="22" font-size="15">${escapeXml(title)}</text>`);
  for (let i = 0; i <= 5; i++) {
    const v = (yMax * i) / 5;
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${y(v)}" text-anchor="end" dy="4">${Math.round(v)}</text>`);
  }
  const ticks = 8;
  for (let i = 0; i <= ticks; i++) {
    const t = Math.min(n - 1, Math.round(((n - 1) * i) / ticks));
    parts.push(`<text x="${x(t)}" y="${height - margin.bottom + 18}" text-anchor="middle">${escapeXml(labelOf(t))}</text>`);
  }
  parts.push(`<text transform="translate(16 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">requests per interval</text>`);
  parts.push(`<path d="${demandPath}" fill="none" stroke="#000" stroke-width="0.6" opacity="0.55"/>`);
  const legend: [string, string][] = [['demand', '#000']];
  for (const run of runs) {
    const colour = COLOURS[run.name] ?? '#ff7f0e';
    parts.push(`<path d="${stepPath(run.ready.map((r) => r * capacityPerReplica))}" fill="none" stroke="${colour}" stroke-width="1.1"/>`);
    legend.push([`${run.name} capacity`, colour]);
  }
  legend.forEach(([label, colour], i) => {
    const ly = margin.top + 10 + i * 18;
    parts.push(`<line x1="${width - margin.right + 12}" x2="${width - margin.right + 32}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    parts.push(`<text x="${width - margin.right + 38}" y="${ly + 4}">${escapeXml(label)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
