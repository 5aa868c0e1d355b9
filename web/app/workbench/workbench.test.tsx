import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import i18n from '../i18n';
import { conflictMessage, reapply } from './conflict';
import { fieldErrors } from './errors';
import { rulesFor } from './formRules';
import type { SchemaModel } from './model';
import { PipelineActions } from './PipelineActions';
import { RecordActions } from './RecordActions';
import type { AggregateSpec } from './spec';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const t = i18n.t.bind(i18n);

/** A small schema model, as scripts/schema-model.mjs writes one, with the limits @constraint gives. */
const model: SchemaModel = {
  query: 'Query',
  mutation: 'Mutation',
  types: {
    Query: { kind: 'OBJECT', fields: {} },
    Mutation: { kind: 'OBJECT', fields: {
      changeLandParcelStatus: { type: 'LandParcel', kind: 'OBJECT', nonNull: false, list: false, args: {
        id: { type: 'ID', kind: 'SCALAR', nonNull: true, list: false },
        input: { type: 'ParcelStatusChangeInput', kind: 'INPUT', nonNull: true, list: false },
      } },
      assignResettlementPlot: { type: 'RelocationHousehold', kind: 'OBJECT', nonNull: false, list: false, args: {
        id: { type: 'ID', kind: 'SCALAR', nonNull: true, list: false },
        assignment: { type: 'PlotAssignment', kind: 'INPUT', nonNull: true, list: false },
      } },
    } },
    PlotAssignment: { kind: 'INPUT', fields: {
      plotId: { type: 'ID', kind: 'SCALAR', nonNull: true, list: false },
      version: { type: 'Int', kind: 'SCALAR', nonNull: true, list: false },
    } },
    ParcelStatus: { kind: 'ENUM', values: ['PLANNED', 'ACQUIRING', 'ACQUIRED', 'LEVELLED', 'SUPPLIED'] },
    ParcelStatusChangeInput: { kind: 'INPUT', fields: {
      on: { type: 'Date', kind: 'SCALAR', nonNull: true, list: false },
      status: { type: 'ParcelStatus', kind: 'ENUM', nonNull: true, list: false },
      version: { type: 'Int', kind: 'SCALAR', nonNull: true, list: false },
    } },
  },
};

const spec: AggregateSpec = {
  type: 'LandParcel', segment: 'parcels', title: 'code', sortable: [], filters: [],
  pipeline: { mutation: 'changeLandParcelStatus', input: 'input', move: 'status', state: 'status' },
};

/** Runs a field's rules as the form would and returns the messages it shows. */
async function check(rules: ReturnType<typeof rulesFor>, value: unknown): Promise<string[]> {
  let form!: ReturnType<typeof Form.useForm>[0];
  function Probe() {
    [form] = Form.useForm();
    return <Form form={form} initialValues={{ f: value }}><Form.Item name="f" rules={rules}><Input /></Form.Item></Form>;
  }
  render(<Probe />);
  try {
    await form.validateFields();
    return [];
  } catch (e) {
    return (e as { errorFields: { errors: string[] }[] }).errorFields.flatMap((f) => f.errors);
  }
}

describe('form rules from the schema model', () => {
  it('a non-null field is required, a nullable one is not', async () => {
    expect(await check(rulesFor('code', { type: 'String', kind: 'SCALAR', nonNull: true, list: false }, t), '')).toEqual(['必填']);
    expect(await check(rulesFor('note', { type: 'String', kind: 'SCALAR', nonNull: false, list: false }, t), '')).toEqual([]);
  });

  it('lengths, patterns and ranges come from @constraint', async () => {
    const code = { type: 'String', kind: 'SCALAR' as const, nonNull: true, list: false, constraint: { maxLength: 5, pattern: '[A-Z]+' } };
    expect(await check(rulesFor('code', code, t), 'ABCDEFG')).toContain('长度应在 0 到 5 个字符之间');
    // The whole value must match, as the service's @Pattern does
    expect(await check(rulesFor('code', code, t), 'ABc')).toEqual(['格式不符合要求（[A-Z]+）']);
    expect(await check(rulesFor('code', code, t), 'ABC')).toEqual([]);
    const count = { type: 'Int', kind: 'SCALAR' as const, nonNull: false, list: false, constraint: { min: 1, max: 10 } };
    expect(await check(rulesFor('count', count, t), 11)).toEqual(['数值应在 1 到 10 之间']);
    expect(await check(rulesFor('count', count, t), 10)).toEqual([]);
    const year = { type: 'Int', kind: 'SCALAR' as const, nonNull: true, list: false, constraint: { min: 2000, max: 2100 } };
    expect(await check(rulesFor('year', year, t), 1999)).toEqual(['数值应在 2000 到 2100 之间']);
  });

  it('money is yuan with at most two decimals', async () => {
    const money = { type: 'BigDecimal', kind: 'SCALAR' as const, nonNull: true, list: false };
    expect(await check(rulesFor('compensationCny', money, t), '1200.555')).toEqual(['金额以元为单位，最多两位小数']);
    expect(await check(rulesFor('compensationCny', money, t), '1200.55')).toEqual([]);
    // Not money: an area may have its own decimals
    expect(await check(rulesFor('areaMu', money, t), '12.345')).toEqual([]);
  });
});

describe('a stale version explained', () => {
  it('says who changed the record and when', () => {
    // In the user's own time zone
    const at = '2026-12-02T20:31:07.123Z';
    expect(conflictMessage({ updatedBy: 'li.na', updatedAt: at }, t))
      .toBe(`这条记录已被 li.na 于 ${dayjs(at).format('YYYY-MM-DD HH:mm')} 修改（在您打开之后）。`);
  });

  it('the user\'s edits go on the record as it now is, with its new version', () => {
    const opened = { name: 'A', areaMu: '10', park: 'ZIWU', version: 1 };
    const current = { name: 'A', areaMu: '12', park: 'JIANGBEI', version: 2 };
    // The user changed the name only: the other's change to the park and area stays
    expect(reapply(current, { name: 'B', areaMu: '10', park: 'ZIWU' }, opened)).toEqual({ name: 'B', areaMu: '12', park: 'JIANGBEI', version: 2 });
  });
});

describe('the server\'s refusals at their fields', () => {
  it('"field message; field message" lands at the form\'s fields, the rest stays general', () => {
    const error = new CombinedGraphQLErrors({ errors: [
      { message: 'areaMu must have at most 2 decimals; members[0].name must not be blank; foo is odd', extensions: { code: 'VALIDATION_FAILED' } },
      { message: 'Land parcel code JB-1 is taken', extensions: { code: 'CONFLICT' } },
    ] });
    expect(fieldErrors(error, ['areaMu', 'members', 'code'])).toEqual({
      fields: { areaMu: 'areaMu must have at most 2 decimals', members: 'members[0].name must not be blank' },
      rest: ['foo is odd', 'Land parcel code JB-1 is taken'],
    });
  });
});

describe('pipeline actions', () => {
  const renderActions = (allowedMoves: string[]) => render(
    <MockedProvider>
      <PipelineActions model={model} spec={spec} document="mutation M($id: ID!, $input: ParcelStatusChangeInput!) { changeLandParcelStatus(id: $id, input: $input) { id version } }"
        record={{ id: 'p1', version: 3, allowedMoves }} onMoved={() => {}} />
    </MockedProvider>,
  );

  it('offers exactly the moves the record allows, none other', () => {
    renderActions(['ACQUIRING']);
    const buttons = screen.getAllByRole('button').map((b) => b.getAttribute('data-move'));
    expect(buttons).toEqual(['ACQUIRING']);
  });

  it('offers nothing where the record allows no move', () => {
    renderActions([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('asks the move\'s date before moving', async () => {
    renderActions(['ACQUIRING']);
    fireEvent.click(screen.getByRole('button'));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(screen.getByText('必填')).toBeTruthy());
  });
});

describe('further actions', () => {
  const household: AggregateSpec = {
    type: 'RelocationHousehold', segment: 'households', title: 'headName', sortable: [], filters: [],
    references: { plotId: 'ResettlementPlot' },
    actions: [{ mutation: 'assignResettlementPlot', input: 'assignment' }],
  };
  const renderActions = () => render(
    <MockedProvider>
      <RecordActions model={model} spec={household} record={{ id: 'h1', version: 4 }} onDone={() => {}}
        documents={{ assignResettlementPlot: 'mutation M($id: ID!, $assignment: PlotAssignment!) { assignResettlementPlot(id: $id, assignment: $assignment) { id version } }' }} />
    </MockedProvider>,
  );

  it('a button per action, labelled', () => {
    renderActions();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['分配安置地块']);
  });

  it('asks the input\'s fields from the model, the plot chosen from records, never the version', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button'));
    const dialog = await screen.findByRole('dialog');
    const labels = [...dialog.querySelectorAll('.ant-form-item-label label')].map((l) => l.textContent);
    expect(labels).toEqual(['安置地块']);
    expect(dialog.querySelector('.ant-select')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(screen.getByText('必填')).toBeTruthy());
  });
});
