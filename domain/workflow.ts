/**
 * Workflows as data (DESIGN.md "the workflow is data"): every document type (proposal, leave
 * request, 社情民意 report …) declares its statuses, its transitions and who may take each one,
 * with one definition helper. The server's engine (server/platform/workflow-engine.ts) applies a
 * transition for every type; presenters derive the caller's `abilities` from the same table, and
 * the web never re-implements a rule.
 */

/** `same` keeps the status (a logged step such as 催办); a list lets the command pick one. */
export type TransitionTarget<S extends string> = S | readonly S[] | 'same';

/**
 * One step of a workflow. `roles` are the caller's relations to the document (proposer, staff,
 * invitee …), computed by the module's policy. A guard looks at the document's facts, including
 * facts of its sub-records (an assignment, a rating), and returns the Chinese reason it refuses.
 */
export interface TransitionDef<S extends string, R extends string, F> {
  action: string;
  label: string;
  from: readonly S[];
  to: TransitionTarget<S>;
  roles: readonly R[];
  guard?: (facts: F) => string | null;
}

export type TransitionCheck<S extends string, R extends string, F> =
  | { ok: true; transition: TransitionDef<S, R, F> }
  | { ok: false; reason: 'state' | 'role' | 'guard'; message: string };

export interface Workflow<S extends string, R extends string, F, A extends string> {
  /** The event log's subject type (`proposal`, `leaveRequest` …). */
  readonly subject: string;
  /** The document's Chinese noun, for messages such as 该请假申请当前状态为…. */
  readonly noun: string;
  readonly statusLabels: Readonly<Record<S, string>>;
  readonly transitions: readonly TransitionDef<S, R, F>[];
  readonly actions: readonly A[];
  /** Every action's label, for timelines and notifications. */
  readonly actionLabels: Readonly<Record<A, string>>;
  transition(action: A): TransitionDef<S, R, F>;
  /**
   * May a caller with `roles` take `action` on a document in `status`? The state is checked
   * first, so a stale screen learns the document moved on rather than that it lacks a right.
   */
  check(action: A, status: S, roles: readonly R[], facts: F): TransitionCheck<S, R, F>;
  /**
   * The status a transition ends in. For a target list the command names its choice; a choice
   * outside the list is a programming error, not user input.
   */
  resolveTarget(t: TransitionDef<S, R, F>, from: S, chosen?: S): S;
  /** Every action the caller may take now. */
  available(status: S, roles: readonly R[], facts: F): A[];
  /** One flag per action: the `abilities` a presenter hands to the web. */
  abilities(status: S, roles: readonly R[], facts: F): Record<A, boolean>;
}

export interface WorkflowSpec<S extends string, T> {
  subject: string;
  noun: string;
  statusLabels: Record<S, string>;
  transitions: T;
}

/**
 * Declares a workflow: `defineWorkflow<Status, Role, Facts>()({ subject, noun, statusLabels,
 * transitions })`. The action names are inferred from the table, so a misspelt action in a
 * command or a presenter is a type error.
 */
export function defineWorkflow<S extends string, R extends string, F>() {
  return <const T extends readonly TransitionDef<S, R, F>[]>(
    spec: WorkflowSpec<S, T>,
  ): Workflow<S, R, F, T[number]['action']> => {
    type A = T[number]['action'];
    const byAction = new Map<string, TransitionDef<S, R, F>>(spec.transitions.map((t) => [t.action, t]));
    if (byAction.size !== spec.transitions.length) throw new Error(`${spec.subject}: duplicate action`);
    const actions = spec.transitions.map((t) => t.action) as A[];
    const transition = (action: A) => {
      const t = byAction.get(action);
      if (!t) throw new Error(`${spec.subject}: unknown action ${action}`);
      return t;
    };
    const check = (action: A, status: S, roles: readonly R[], facts: F): TransitionCheck<S, R, F> => {
      const t = transition(action);
      if (!t.from.includes(status)) {
        const label = spec.statusLabels[status] ?? status;
        return {
          ok: false,
          reason: 'state',
          message: `该${spec.noun}当前状态为${label}，不能执行${t.label}`,
        };
      }
      if (!t.roles.some((r) => roles.includes(r))) {
        return { ok: false, reason: 'role', message: `您无权对该${spec.noun}执行${t.label}` };
      }
      const refused = t.guard?.(facts) ?? null;
      if (refused) return { ok: false, reason: 'guard', message: refused };
      return { ok: true, transition: t };
    };
    const available = (status: S, roles: readonly R[], facts: F) =>
      actions.filter((a) => check(a, status, roles, facts).ok);
    return {
      subject: spec.subject,
      noun: spec.noun,
      statusLabels: spec.statusLabels,
      transitions: spec.transitions,
      actions,
      actionLabels: Object.fromEntries(spec.transitions.map((t) => [t.action, t.label])) as Record<A, string>,
      transition,
      check,
      resolveTarget(t, from, chosen) {
        if (t.to === 'same') return from;
        if (typeof t.to === 'string') return t.to as S;
        if (!chosen || !t.to.includes(chosen)) {
          throw new Error(`transition ${t.action} needs a target among ${t.to.join(', ')}`);
        }
        return chosen;
      },
      available,
      abilities(status, roles, facts) {
        const allowed = new Set(available(status, roles, facts));
        return Object.fromEntries(actions.map((a) => [a, allowed.has(a)])) as Record<A, boolean>;
      },
    };
  };
}
