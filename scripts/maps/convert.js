#!/usr/bin/env node
// Converts a world-atlas TopoJSON file into Broadsheet's compact outline text (printed to stdout).
//
// Usage: node convert.js COUNTRIES_TOPOJSON TOPOJSON_CLIENT_JS ISO_CODES_JSON SOURCE_NOTE
//
// Output, one line per country code, sorted by numeric code then name:
//   alpha2 TAB numeric TAB name TAB ring;ring;...
// A ring is "lon,lat,dlon,dlat,dlon,dlat,..." in integer hundredths of a degree: the first point
// absolute, the others as differences from the previous point; the closing point is implied.
// Consecutive points that round to the same value are dropped, as are rings left with < 3 points.
// Countries without an ISO 3166-1 code in Natural Earth (Somaliland, N. Cyprus, ...) get "-".
'use strict';
const fs = require('fs');

const [topoPath, clientPath, codesPath, sourceNote] = process.argv.slice(2);
if (!sourceNote) {
  console.error('usage: node convert.js COUNTRIES_TOPOJSON TOPOJSON_CLIENT_JS ISO_CODES_JSON SOURCE_NOTE');
  process.exit(2);
}
const topojson = require(clientPath);
const topology = JSON.parse(fs.readFileSync(topoPath, 'utf8'));
const alpha2ByNumeric = new Map(JSON.parse(fs.readFileSync(codesPath, 'utf8')).map(c => [c[2], c[0]]));
// Codes that ISO does not assign but that gazetteers such as GeoNames use.
const alpha2ByName = new Map([['Kosovo', 'XK']]);

const UNIT = 100; // quantisation: 1/UNIT degree

function quantise(ring) {
  const points = [];
  for (const [lon, lat] of ring) {
    const q = [Math.round(lon * UNIT), Math.round(lat * UNIT)];
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}

// Natural Earth draws a few rings across the antimeridian (Fiji, Russia's Chukotka), jumping
// from 180 to -180 in one edge. Make such a ring's longitudes continuous, then cut it at the
// meridian it runs past into two rings that each stay within -180..180, so no edge spans the map.
function splitAtAntimeridian(ring) {
  let jumps = false;
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) jumps = true;
  }
  if (!jumps) return [ring];
  const unwrapped = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = unwrapped[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (prev - lon > 180) lon += 360;
    unwrapped.push([lon, ring[i][1]]);
  }
  const max = Math.max(...unwrapped.map(p => p[0]));
  const cut = max > 180 ? 180 : -180;
  const inside = clipLon(unwrapped, cut, cut === 180 ? -1 : 1);
  const outside = clipLon(unwrapped, cut, cut === 180 ? 1 : -1).map(([lon, lat]) => [lon - Math.sign(cut) * 360, lat]);
  return [inside, outside].filter(r => r.length >= 3);
}

// Sutherland-Hodgman against one meridian: keeps the side where sign * (lon - cut) >= 0.
function clipLon(ring, cut, sign) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[(i + ring.length - 1) % ring.length];
    const b = ring[i];
    const aIn = sign * (a[0] - cut) >= 0;
    const bIn = sign * (b[0] - cut) >= 0;
    if (aIn !== bIn) {
      const t = (cut - a[0]) / (b[0] - a[0]);
      out.push([cut, a[1] + t * (b[1] - a[1])]);
    }
    if (bIn) out.push(b);
  }
  return out;
}

function encode(points) {
  const out = [points[0][0], points[0][1]];
  for (let i = 1; i < points.length; i++) {
    out.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  }
  return out.join(',');
}

const features = topojson.feature(topology, topology.objects.countries).features;
// Natural Earth keeps some dependencies apart (Ashmore and Cartier Is. beside Australia, both 036):
// one line per code, named after the feature with the most points.
const byKey = new Map();
for (const f of features) {
  const name = f.properties.name;
  const numeric = f.id === undefined ? '-' : String(f.id);
  const alpha2 = alpha2ByNumeric.get(numeric) || alpha2ByName.get(name) || '-';
  const polygons = f.geometry === null ? [] :
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  let size = 0;
  for (const polygon of polygons) {
    for (const ring of polygon.flatMap(splitAtAntimeridian)) {
      const points = quantise(ring);
      if (points.length >= 3) {
        rings.push(encode(points));
        size += points.length;
      }
    }
  }
  if (rings.length === 0) continue;
  const key = numeric === '-' ? '-\t' + name : numeric;
  const entry = byKey.get(key) || { alpha2, numeric, name, size: 0, rings: [] };
  if (size > entry.size) {
    entry.name = name;
    entry.size = size;
  }
  entry.rings.push(...rings);
  byKey.set(key, entry);
}
const lines = [...byKey.values()].map(e => ({
  key: e.numeric + '\t' + e.name,
  text: [e.alpha2, e.numeric, e.name, e.rings.join(';')].join('\t'),
}));
lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

process.stdout.write('# Broadsheet country outlines, format 1. Source: ' + sourceNote + '.\n');
process.stdout.write('# Natural Earth data is in the public domain. Columns: alpha2 numeric name rings.\n');
process.stdout.write('# Rings: lon,lat then deltas, in 1/' + UNIT + ' degree; rings separated by ";".\n');
for (const line of lines) process.stdout.write(line.text + '\n');
