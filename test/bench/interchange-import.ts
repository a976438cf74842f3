// Measures importFile on a generated KML (placemarks × vertices) against parsing the same XML alone with xmldom,
// the part no KML import can skip. Prints one JSON line: { kmlMs, parseOnlyMs, vertices, bytes }.
import { DOMParser } from '@xmldom/xmldom';
import { importFile } from '../../shared/interchange';

const placemarks = Number(process.argv[2] ?? 2000);
const perLine = Number(process.argv[3] ?? 100);
const repeats = Number(process.argv[4] ?? 5);

const parts: string[] = ['<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>bench</name>'];
for (let p = 0; p < placemarks; p++) {
  const coords = Array.from({ length: perLine }, (_, i) => `${(90 + (p % 300) / 10 + i / 1000).toFixed(6)},${(42 + (p % 90) / 10 + i / 2000).toFixed(6)}`).join(' ');
  parts.push(`<Placemark><name>Line ${p}</name><description><![CDATA[<p>Segment <b>${p}</b></p>]]></description><Style><LineStyle><color>ff0000ff</color><width>3</width></LineStyle></Style><LineString><coordinates>${coords}</coordinates></LineString></Placemark>`);
}
parts.push('</Document></kml>');
const bytes = new TextEncoder().encode(parts.join(''));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kml: number[] = [];
const parse: number[] = [];
let vertices = 0;
for (let i = 0; i < repeats; i++) {
  let t = performance.now();
  const result = importFile('bench.kml', bytes);
  kml.push(performance.now() - t);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  vertices = result.preview.vertices;
  t = performance.now();
  new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
  parse.push(performance.now() - t);
}
console.log(JSON.stringify({ kmlMs: median(kml), parseOnlyMs: median(parse), vertices, bytes: bytes.length }));
