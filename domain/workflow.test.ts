import { describe, expect, it } from 'vitest';
import { defineWorkflow } from './workflow';

type Status = 'open' | 'done' | 'void';
type Role = 'owner' | 'clerk';
interface Facts {
  signed: boolean;
}

/** A toy document: the owner signs it off, a clerk may void an open one, the owner may note it. */
const toy = defineWorkflow<Status, Role, Facts>()({
  subject: 'toy',
  noun: '申请单',
  statusLabels: { open: '待办', done: '已办', void: '作废' },
  transitions: [
    {
      action: 'finish',
      label: '办结',
      from: ['open'],
      to: 'done',
      roles: ['owner'],
      guard: (f) => (f.signed ? null : '请先签名'),
    },
    { action: 'cancel', label: '作废', from: ['open'], to: 'void', roles: ['clerk'] },
    { action: 'note', label: '备注', from: ['open', 'done'], to: 'same', roles: ['owner', 'clerk'] },
    { action: 'reopen', label: '重开', from: ['done', 'void'], to: ['open'], roles: ['clerk'] },
  ],
});

describe('a workflow declared with defineWorkflow', () => {
  it('checks state before role before guard, naming the document in Chinese', () => {
    expect(toy.check('finish', 'done', ['clerk'], { signed: false })).toEqual({
      ok: false,
      reason: 'state',
      message: '该申请单当前状态为已办，不能执行办结',
    });
    expect(toy.check('finish', 'open', ['clerk'], { signed: false })).toEqual({
      ok: false,
      reason: 'role',
      message: '您无权对该申请单执行办结',
    });
    expect(toy.check('finish', 'open', ['owner'], { signed: false })).toEqual({
      ok: false,
      reason: 'guard',
      message: '请先签名',
    });
    expect(toy.check('finish', 'open', ['owner'], { signed: true }).ok).toBe(true);
  });

  it('gives one ability flag per action from the same checks', () => {
    expect(toy.abilities('open', ['clerk'], { signed: true })).toEqual({
      finish: false,
      cancel: true,
      note: true,
      reopen: false,
    });
    expect(toy.available('void', ['owner', 'clerk'], { signed: true })).toEqual(['reopen']);
  });

  it('resolves a target: fixed, kept for a logged step, or picked from a list', () => {
    expect(toy.resolveTarget(toy.transition('cancel'), 'open')).toBe('void');
    expect(toy.resolveTarget(toy.transition('note'), 'done')).toBe('done');
    expect(toy.resolveTarget(toy.transition('reopen'), 'void', 'open')).toBe('open');
    expect(() => toy.resolveTarget(toy.transition('reopen'), 'void', 'done')).toThrow();
  });

  it('labels every action and refuses a table with an action twice', () => {
    expect(toy.actionLabels).toEqual({ finish: '办结', cancel: '作废', note: '备注', reopen: '重开' });
    expect(() =>
      defineWorkflow<Status, Role, Facts>()({
        subject: 'twice',
        noun: '单',
        statusLabels: { open: '待办', done: '已办', void: '作废' },
        transitions: [
          { action: 'a', label: 'A', from: ['open'], to: 'done', roles: ['owner'] },
          { action: 'a', label: 'A', from: ['done'], to: 'open', roles: ['owner'] },
        ],
      }),
    ).toThrow('duplicate action');
  });
});
