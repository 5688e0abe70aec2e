import { expect } from '@open-wc/testing';
import { describeThrown } from '../../src/cil/describe-thrown.js';

describe('describeThrown', () => {
  it('gives the message of an Error, a string as it is, and only the type of anything else', () => {
    expect(describeThrown(new TypeError('boom'))).to.equal('boom');
    expect(describeThrown('plain')).to.equal('plain');
    expect(describeThrown({ toString: () => 'never read' })).to.equal('a non-Error value (object)');
  });

  it('never throws, even for an Error whose message getter throws', () => {
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'message', {
      get() {
        throw new Error('no');
      },
    });
    expect(describeThrown(hostile)).to.equal('a non-Error value (object)');
  });
});
