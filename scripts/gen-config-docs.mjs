// Regenerates the configuration table in README.md from .env.example (comment + default).
// Run after adding a variable: node scripts/gen-config-docs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lines = readFileSync('.env.example', 'utf8').split('\n');
const rows = [];
let comment = [];
for (const line of lines) {
  const v = /^#?\s*([A-Z][A-Z0-9_]+)=(.*)$/.exec(line);
  if (v && !line.startsWith('##')) {
    rows.push(`| \`${v[1]}\` | \`${v[2] || ''}\` | ${comment.join(' ').replace(/\|/g, '\\|')} |`);
    comment = [];
  } else if (line.startsWith('# ')) comment.push(line.slice(2).trim());
  else comment = [];
}
const table = ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
const readme = readFileSync('README.md', 'utf8');
const out = readme.replace(/<!-- config:start -->[\s\S]*<!-- config:end -->/, `<!-- config:start -->\n${table}\n<!-- config:end -->`);
writeFileSync('README.md', out);
console.log(`README.md: ${rows.length} variables`);
