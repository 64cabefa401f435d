import { Button, type ButtonProps, Popconfirm } from 'antd';
import { type ReactNode, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { useProposalStep, useSimpleStep } from './api';
import type { ProposalView } from './types';

export interface StepModalProps<V> {
  p: ProposalView;
  /** The step's path under /api/proposals/:id/. */
  path: string;
  title: string;
  /** The button that opens the dialog. */
  button: string;
  buttonProps?: ButtonProps;
  okText?: string;
  /** What the toast says when the step succeeded. */
  done: string;
  /** Form values → request body (expectedVersion is added). */
  toBody?: (values: V) => Record<string, unknown>;
  initialValues?: Partial<V>;
  children: ReactNode;
}

/**
 * A workflow step that needs a form (a reason, a date, a choice): a button and its dialog. The
 * server's 400 lands under the field it names, a 409 is toasted and the proposal reloaded.
 */
export function StepModal<V extends object>({
  p,
  path,
  title,
  button,
  buttonProps,
  okText = '确定',
  done,
  toBody = (v) => v as Record<string, unknown>,
  initialValues,
  children,
}: StepModalProps<V>) {
  const [open, setOpen] = useState(false);
  const step = useProposalStep(p);
  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {button}
      </Button>
      <FormModal<V>
        open={open}
        title={title}
        name={`step-${path.replace(/\W+/g, '-')}`}
        okText={okText}
        initialValues={initialValues}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          await step(path, toBody(v), done);
          setOpen(false);
        }}
      >
        {children}
      </FormModal>
    </>
  );
}

/** A step without a form, confirmed first when it cannot be undone lightly. */
export function StepButton({
  p,
  path,
  button,
  done,
  confirm,
  body,
  buttonProps,
}: {
  p: ProposalView;
  path: string;
  button: string;
  done: string;
  confirm?: string;
  body?: Record<string, unknown>;
  buttonProps?: ButtonProps;
}) {
  const run = useSimpleStep(p);
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    await run(path, done, body);
    setBusy(false);
  };
  if (!confirm) {
    return (
      <Button {...buttonProps} loading={busy} onClick={go}>
        {button}
      </Button>
    );
  }
  return (
    <Popconfirm title={confirm} okText="确定" cancelText="取消" onConfirm={go}>
      <Button {...buttonProps} loading={busy}>
        {button}
      </Button>
    </Popconfirm>
  );
}
