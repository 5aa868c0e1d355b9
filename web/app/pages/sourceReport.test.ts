import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';

// docs/source-report.md maps each of the source report's 68 statements to the field that gives it: every field it
// names must be one the gateway's composed schema answers, so the document cannot drift from the API.
const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));
const report = readFileSync(resolve(__dirname, '../../../docs/source-report.md'), 'utf8');

const rows = report.split('\n').filter((line) => /^\| *\d+ *\|/.test(line))
  .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
const producers = rows.flatMap((row) => [...row[4].matchAll(/`([^`]+)`/g)].map((span) => span[1]));

/** A section field (`investment.taxPaidCny`) asked under workSummary, or a root query (`targets(…) { … }`) as is. */
function operation(span: string): string | undefined {
  const section = /^(investment|land|partyAffairs)\.(.*)$/s.exec(span);
  if (section) {
    return `{ workSummary(from: "2011-01-01", to: "2011-06-30") { ${section[1]} { ${section[2]} } } }`;
  }
  return /^\w+\(/.test(span) ? `{ ${span} }` : undefined;
}

describe('docs/source-report.md', () => {
  it('numbers the 68 statements once, in order', () => {
    expect(rows.map((row) => Number(row[0]))).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
  });

  it('names only fields the composed schema answers', () => {
    const operations = producers.map(operation).filter((op): op is string => op !== undefined);
    expect(operations.length).toBeGreaterThan(50);
    const wrong = operations.flatMap((op) => validate(schema, parse(op))
      // a list of objects named without its selection (`land.acquiredByPark`) stands for the whole list
      .filter((error) => !/must have a selection of subfields/.test(error.message))
      .map((error) => `${op}: ${error.message}`));
    expect(wrong).toEqual([]);
  });
});
