import type { Role } from '../auth';

/**
 * What a workbench needs to know about an aggregate that the schema cannot say. Everything else (the list, get and
 * mutation fields, form fields, filter types, enum options, limits) is derived from the schema model by convention:
 * list = the Query field returning Page_<Type>, get = lcfirst(Type), create<Type>/update<Type>/delete<Type>,
 * form = <Type>Input, filters = <Type>Filter.
 */
export interface AggregateSpec {
  /** The GraphQL type, e.g. LandParcel. */
  type: string;
  /** Its URL segment under the department: /land/parcels. */
  segment: string;
  /** The field that names a record to people (in titles, links and selects). */
  title: string;
  /** List columns; by default every plain (scalar or enum) field but id, version and the personal ones. */
  columns?: string[];
  /** The fields the service sorts by (its list resource's SORTABLE; the schema has only `sort: String`). */
  sortable: string[];
  /** The <Type>Filter fields offered above the list. */
  filters: string[];
  /** Object fields shown on the detail page: records of other aggregates (linked to their page) or values. */
  links?: LinkSpec[];
  /** The pipeline the record moves along, if any. */
  pipeline?: PipelineSpec;
  /** Personal data: withheld by the service from other departments (shown as withheld, never as empty). */
  personal?: string[];
  /** Id fields and the aggregate they point at: chosen from that aggregate's records, linked on the detail page. */
  references?: Record<string, string>;
  /** Input fields given only on creation (e.g. the status a parcel already reached); edits move it by the pipeline. */
  createOnly?: string[];
  /** When creation is not create<Type>(input): the mutation and its further (ID) arguments, asked on the form. */
  create?: { mutation: string; args: string[] };
  /**
   * Further mutations on a record, besides edit and pipeline (assignResettlementPlot(id, assignment)): a button each on
   * the detail page for the owning department, asking the input's fields in a dialog; the version is the record's.
   */
  actions?: ActionSpec[];
}

export interface ActionSpec {
  /** The mutation, taking the record's id and one input argument; its button is labelled workbench.actions.<mutation>. */
  mutation: string;
  /** Its input argument's name (assignment). */
  input: string;
  /** Id fields of the input and the aggregate they are chosen from, beyond the spec's references. */
  references?: Record<string, string>;
}

export interface LinkSpec {
  field: string;
  /** The aggregate the linked record(s) belong to, for a link to their detail page; none for a plain value object. */
  type?: string;
  /** Further links inside the linked records (a project's parcels' …). */
  links?: LinkSpec[];
}

export interface PipelineSpec {
  /** The mutation that moves the record: changeLandParcelStatus(id, <input>). */
  mutation: string;
  /** Its input argument's name (input, change). */
  input: string;
  /** The input field naming where the record moves to (status, stage, step). */
  move: string;
  /** The record's field saying where it stands. */
  state: string;
  /** The record's dated moves (statusChanges, stageChanges); none when they are dated fields of the record. */
  records?: string;
}

export interface DepartmentSpec {
  /** Its URL segment and i18n key: /land, dept.land. */
  segment: string;
  /** The role that writes its records (CONVENTIONS: @WriteAccess). */
  role: Role;
  aggregates: AggregateSpec[];
}
