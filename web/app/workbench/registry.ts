import { DEPARTMENTS } from './departments';
import { documentsFor, type AggregateDocuments } from './documents';
import { schemaModel } from './schemaModel';
import type { AggregateSpec } from './spec';

const specs = new Map(DEPARTMENTS.flatMap((d) => d.aggregates.map((a) => [a.type, a] as const)));

/** The spec of an aggregate by its GraphQL type, if a workbench holds it. */
export const specOf = (type: string): AggregateSpec | undefined => specs.get(type);

const built = new Map<string, AggregateDocuments>();

/** An aggregate's operations, built once from the schema model. */
export function documentsOf(spec: AggregateSpec): AggregateDocuments {
  let documents = built.get(spec.type);
  if (!documents) {
    documents = documentsFor(schemaModel, spec, specOf);
    built.set(spec.type, documents);
  }
  return documents;
}
