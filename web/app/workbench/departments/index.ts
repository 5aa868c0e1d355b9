import type { AggregateSpec, DepartmentSpec } from '../spec';
import { investment } from './investment';
import { land } from './land';
import { partyAffairs } from './partyAffairs';

/** The three departments' workbenches, in the side menu's order. */
export const DEPARTMENTS: DepartmentSpec[] = [investment, land, partyAffairs];

export interface Located {
  department: DepartmentSpec;
  aggregate: AggregateSpec;
}

/** The department and aggregate a URL names (/land/parcels/…), or null. */
export function locate(departmentSegment?: string, aggregateSegment?: string): Located | null {
  const department = DEPARTMENTS.find((d) => d.segment === departmentSegment);
  const aggregate = department?.aggregates.find((a) => a.segment === aggregateSegment);
  return department && aggregate ? { department, aggregate } : null;
}

/** Where an aggregate's records live: its department and the URL of its list. */
export function locateType(type: string): (Located & { path: string }) | null {
  for (const department of DEPARTMENTS) {
    const aggregate = department.aggregates.find((a) => a.type === type);
    if (aggregate) return { department, aggregate, path: `/${department.segment}/${aggregate.segment}` };
  }
  return null;
}
