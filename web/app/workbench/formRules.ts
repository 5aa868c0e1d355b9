import type { Rule } from 'antd/es/form';
import { isMoney, type FieldModel } from './model';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The browser's checks for one input field, mirroring the server's: required from non-null, and lengths, ranges and
 * patterns from @constraint where the schema gives them. The server checks again; its refusals land at the field.
 */
export function rulesFor(name: string, field: FieldModel, t: T): Rule[] {
  const rules: Rule[] = [];
  if (field.nonNull) rules.push({ required: true, message: t('workbench.required') });
  const c = field.constraint ?? {};
  const min = c.min ?? c.minFloat;
  const max = c.max ?? c.maxFloat;
  // On a list (a select of several) maxLength counts items, which the select shows; on text, characters
  if (!field.list && (c.minLength !== undefined || c.maxLength !== undefined)) {
    rules.push({ type: 'string', min: c.minLength, max: c.maxLength,
      message: t('workbench.length', { min: c.minLength ?? 0, max: c.maxLength ?? '∞' }) });
  }
  // The service matches the whole value (Bean Validation's @Pattern)
  if (c.pattern) rules.push({ pattern: new RegExp(`^(?:${c.pattern})$`), message: t('workbench.pattern', { pattern: c.pattern }) });
  if (min !== undefined || max !== undefined) {
    rules.push({
      validator: async (_rule, value) => {
        if (value === null || value === undefined || value === '') return;
        const n = Number(value);
        if ((min !== undefined && n < Number(min)) || (max !== undefined && n > Number(max))) {
          throw new Error(t('workbench.range', { min: min ?? '−∞', max: max ?? '∞' }));
        }
      },
    });
  }
  if (isMoney(name, field)) {
    // Amounts fit NUMERIC(18,2) (CONVENTIONS): at most two decimals
    rules.push({ pattern: /^-?\d+(\.\d{1,2})?$/, message: t('workbench.money') });
  }
  return rules;
}
