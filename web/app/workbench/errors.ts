import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The house codes (CONVENTIONS, "Errors") the workbench answers in words of its own. */
export type HouseCode = 'VALIDATION_FAILED' | 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'NOT_FOUND' | string;

export const graphqlErrorsOf = (error: unknown): readonly GraphQLFormattedError[] =>
  CombinedGraphQLErrors.is(error) ? error.errors : [];

export const codeOf = (error: GraphQLFormattedError): HouseCode | undefined => error.extensions?.code as string | undefined;

export function hasCode(error: unknown, code: HouseCode): GraphQLFormattedError | undefined {
  return graphqlErrorsOf(error).find((e) => codeOf(e) === code);
}

/**
 * The input fields a refusal names, with its words: the services' InvalidInputException says "field message; field
 * message" (a nested field as `members[0].name`), and a field may come as extensions.field. Keys are input field
 * names; what names no field of the form stays in the form's general message.
 */
export function fieldErrors(error: unknown, inputFields: string[]): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of graphqlErrorsOf(error)) {
    const code = codeOf(e);
    if (code !== 'VALIDATION_FAILED' && code !== 'BAD_USER_INPUT') {
      rest.push(e.message);
      continue;
    }
    const named = e.extensions?.field;
    const parts = typeof named === 'string' ? [`${named} ${e.message}`] : e.message.split('; ');
    for (const part of parts) {
      // "input.areaMu must be …", "areaMu: must be …", "members[0].name …": the first segment the form has
      const path = part.split(/[\s:]/, 1)[0].split(/[.[\]]/).filter(Boolean);
      const field = path.find((segment) => inputFields.includes(segment));
      if (field) fields[field] = fields[field] ? `${fields[field]}; ${part}` : part;
      else rest.push(part);
    }
  }
  return { fields, rest };
}

/** The paths (joined with '.') of fields the service withheld from this caller, FORBIDDEN at each. */
export function withheldPaths(error: unknown): Map<string, string> {
  const paths = new Map<string, string>();
  for (const e of graphqlErrorsOf(error)) {
    if (codeOf(e) === 'FORBIDDEN' && e.path) paths.set(e.path.join('.'), e.message);
  }
  return paths;
}
