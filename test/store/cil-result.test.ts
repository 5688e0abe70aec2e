import { expect } from '@open-wc/testing';
import { unwrapCilResult } from '../../src/store/cil-result.js';

describe('unwrapCilResult', () => {
  it('passes bare values through, as the reference documents them', () => {
    const codes = [{ id: '1', label: 'Break' }];
    expect(unwrapCilResult(undefined)).to.deep.equal({ ok: true, value: undefined });
    expect(unwrapCilResult(codes)).to.deep.equal({ ok: true, value: codes });
    expect(unwrapCilResult(codes).ok && unwrapCilResult(codes)).to.have.property('value', codes);
    expect(unwrapCilResult(true)).to.deep.equal({ ok: true, value: true });
    expect(unwrapCilResult(false)).to.deep.equal({ ok: true, value: false });
    expect(unwrapCilResult(null)).to.deep.equal({ ok: true, value: null });
    expect(unwrapCilResult({ enabled: true })).to.deep.equal({
      ok: true,
      value: { enabled: true },
    });
  });

  it('treats an object whose success is not a boolean as the value itself', () => {
    const value = { success: 'yes', response: 1 };
    expect(unwrapCilResult(value)).to.deep.equal({ ok: true, value });
  });

  it('takes the response out of a successful envelope', () => {
    expect(unwrapCilResult({ success: true, response: { enabled: true } })).to.deep.equal({
      ok: true,
      value: { enabled: true },
    });
    expect(unwrapCilResult({ success: true, response: [{ id: 7, label: 'Lunch' }] })).to.deep.equal(
      { ok: true, value: [{ id: 7, label: 'Lunch' }] },
    );
    expect(unwrapCilResult({ success: true })).to.deep.equal({ ok: true, value: undefined });
  });

  it('turns success: false into a failure with the error text, whatever its shape', () => {
    expect(unwrapCilResult({ success: false, error: 'Invalid reason code' })).to.deep.equal({
      ok: false,
      message: 'Invalid reason code',
    });
    expect(
      unwrapCilResult({ success: false, error: { message: 'Agent not logged in', code: 4 } }),
    ).to.deep.equal({ ok: false, message: 'Agent not logged in' });
    expect(unwrapCilResult({ success: false, error: new Error('boom') })).to.deep.equal({
      ok: false,
      message: 'boom',
    });
    for (const error of [undefined, '', '  ', 42, { message: 3 }, null]) {
      const result = unwrapCilResult({ success: false, error });
      expect(result.ok, String(error)).to.equal(false);
      if (!result.ok) expect(result.message).to.match(/success: false/);
    }
  });

  it('clips a runaway error text', () => {
    const result = unwrapCilResult({ success: false, error: 'x'.repeat(10_000) });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message.length).to.be.lessThan(600);
  });

  it('never throws, even for hostile getters', () => {
    const hostile = {
      get success(): boolean {
        throw new Error('getter exploded');
      },
    };
    const result = unwrapCilResult(hostile);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.message).to.contain('getter exploded');
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(() => unwrapCilResult(proxy)).not.to.throw();
    expect(unwrapCilResult(proxy).ok).to.equal(false);
  });
});
