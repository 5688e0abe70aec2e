import { expect } from '@open-wc/testing';
import { resolveOption } from '../../src/store/resolve-option.js';

describe('resolveOption', () => {
  it('takes the default for a missing or non-finite value, so NaN never disables a bound', () => {
    for (const value of [undefined, Number.NaN, Number.POSITIVE_INFINITY, '5', null]) {
      expect(resolveOption(value, 7, 1)).to.equal(7);
    }
  });

  it('clamps a finite value into range', () => {
    expect(resolveOption(-3, 7, 1)).to.equal(1);
    expect(resolveOption(0.5, 7, 0)).to.equal(0.5);
    expect(resolveOption(500, 7, 1, 100)).to.equal(100);
  });
});
