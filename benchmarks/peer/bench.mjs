// The peer in kztimeline's benchmark: load the events into vis-timeline in headless Chromium, then run the same
// zoom loop as benchmarks/run.py, and print one JSON line of seconds (as run.py's children do).
//
//     node bench.mjs ITEMS.json [CHROMIUM] [plain|cluster]
//
// ITEMS.json is written by `benchmarks/run.py --child peer-items`: items, groups, range and the zoom loop's
// windows (zoom and pan steps alternating) in milliseconds. CHROMIUM defaults to /usr/bin/chromium. "cluster"
// turns on vis-timeline's clustering of overlapping items (its level of detail); "plain" (the default) draws
// every item.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const [itemsPath, executable = "/usr/bin/chromium", mode = "plain"] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
input.cluster = mode === "cluster";
const visVersion = JSON.parse(fs.readFileSync(path.join(here, "node_modules/vis-timeline/package.json"))).version;

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = xs => { const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round(0.95 * (s.length - 1)))]; };

// a new empty profile, and no background connections (this machine's network is closed)
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kz-peer-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: executable,
  headless: true,
  viewport: { width: input.size[0], height: input.size[1] },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(0);
  await page.goto(pathToFileURL(path.join(here, "index.html")).href);
  const loadMs = await page.evaluate(data => window.bench.load(data), input);
  const times = await page.evaluate(windows => window.bench.zoom(windows), input.windows);
  const zoom = times.filter((_, i) => i % 2 === 0), pan = times.filter((_, i) => i % 2 === 1);
  const perBand = zoom.length / input.bands;
  const bands = [...Array(input.bands).keys()].map(b =>
    p95([...zoom.slice(b * perBand, (b + 1) * perBand), ...pan.slice(b * perBand, (b + 1) * perBand)]) / 1000);
  console.log(JSON.stringify({
    vis_timeline: visVersion, browser: context.browser()?.version() ?? "chromium", mode,
    items: input.items.length, load_s: loadMs / 1000,
    zoom_median_s: median(zoom) / 1000, zoom_p95_s: p95(zoom) / 1000,
    pan_median_s: median(pan) / 1000, pan_p95_s: p95(pan) / 1000,
    band_p95_s: bands, worst_band_p95_s: Math.max(...bands),
  }));
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
