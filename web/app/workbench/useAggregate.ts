import { useMemo } from 'react';
import { useParams } from 'react-router';
import { mayWrite, useSession } from '../session';
import { locate } from './departments';
import { documentsOf } from './registry';
import { schemaModel } from './schemaModel';
import { fieldsOf } from './model';

/** The aggregate the URL names (/:department/:aggregate/…), its operations, and whether this user may write it. */
export function useAggregate() {
  const { department: d, aggregate: a, id } = useParams();
  const session = useSession();
  const located = locate(d, a);
  const documents = useMemo(() => (located ? documentsOf(located.aggregate) : null), [located]);
  if (!located || !documents) return null;
  const { department, aggregate } = located;
  return {
    department, aggregate, documents, id,
    fields: fieldsOf(schemaModel, aggregate.type),
    canWrite: mayWrite(session, department.role),
    // Personal data is the owning department's and the leader's (CONVENTIONS): others may not search by it either
    readsPersonal: mayWrite(session, department.role) || session.roles.includes('leader'),
    listPath: `/${department.segment}/${aggregate.segment}`,
  };
}

export type Aggregate = NonNullable<ReturnType<typeof useAggregate>>;

/** A filter's URL text as the type its <Type>Filter field takes. */
export function typedFilter(type: string, filter: Record<string, string>): Record<string, unknown> {
  const fields = schemaModel.types[`${type}Filter`]?.fields ?? {};
  return Object.fromEntries(Object.entries(filter).filter(([name]) => fields[name]).map(([name, value]) => {
    const field = fields[name];
    if (field.type === 'Boolean') return [name, value === 'true'];
    if (field.type === 'Int') return [name, Number(value)];
    return [name, value];
  }));
}
