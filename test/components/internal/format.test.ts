import { expect } from '@open-wc/testing';
import {
  DASH,
  formatAge,
  formatAgo,
  formatClockTime,
  formatDurationLong,
  formatNumber,
  formatTimer,
  renderValue,
} from '../../../components/internal/format.js';
import { localeFor } from '../../../components/internal/i18n/catalogue.js';
import { render } from 'lit';

const en = localeFor('en');
const de = localeFor('de-DE');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatTimer', () => {
  it('reads m:ss under an hour, h:mm:ss under a day', () => {
    expect(formatTimer(0, en)).to.equal('0:00');
    expect(formatTimer(42 * S, en)).to.equal('0:42');
    expect(formatTimer(42 * S + 999, en)).to.equal('0:42');
    expect(formatTimer(12 * M + 5 * S, en)).to.equal('12:05');
    expect(formatTimer(59 * M + 59 * S, en)).to.equal('59:59');
    expect(formatTimer(H, en)).to.equal('1:00:00');
    expect(formatTimer(H + 2 * M + 3 * S, en)).to.equal('1:02:03');
    expect(formatTimer(23 * H + 59 * M + 59 * S, en)).to.equal('23:59:59');
  });

  it('from a day on, days and hours, in the language of the element', () => {
    expect(formatTimer(D, en)).to.equal('1 d 0 h');
    expect(formatTimer(2 * D + 3 * H + 59 * M, en)).to.equal('2 d 3 h');
    expect(formatTimer(2 * D + 3 * H, de)).to.equal('2 T 3 Std.');
    expect(formatTimer(400 * D, en)).to.equal('400 d 0 h');
  });

  it('never shows a negative, NaN or infinite time', () => {
    expect(formatTimer(-1, en)).to.equal('0:00');
    expect(formatTimer(-5 * H, en)).to.equal('0:00');
    expect(formatTimer(-Infinity, en)).to.equal('0:00');
    expect(formatTimer(Number.NaN, en)).to.equal(null);
    expect(formatTimer(Infinity, en)).to.equal(null);
    expect(formatTimer(null, en)).to.equal(null);
    expect(formatTimer(undefined, en)).to.equal(null);
  });
});

describe('formatDurationLong (date-fns, for screen readers)', () => {
  it('says the duration in words in both languages', () => {
    expect(formatDurationLong(H + 2 * M + 3 * S, en)).to.equal('1 hour 2 minutes 3 seconds');
    expect(formatDurationLong(H + 2 * M + 3 * S, de)).to.equal('1 Stunde 2 Minuten 3 Sekunden');
    expect(formatDurationLong(2 * D + 3 * H + 4 * M, en)).to.equal('2 days 3 hours');
    expect(formatDurationLong(2 * D + 3 * H, de)).to.equal('2 Tage 3 Stunden');
    expect(formatDurationLong(H + 3 * S, en)).to.equal('1 hour 3 seconds');
    expect(formatDurationLong(400 * D + 5 * M, en)).to.equal('400 days');
    expect(formatDurationLong(0, en)).to.equal('0 seconds');
    expect(formatDurationLong(-3 * S, de)).to.equal('0 Sekunden');
    expect(formatDurationLong(Number.NaN, en)).to.equal(null);
  });
});

describe('formatAgo and formatAge', () => {
  const now = Date.UTC(2026, 10, 30, 9, 0, 0);
  it('reads "3 minutes ago" / "vor 3 Minuten"', () => {
    expect(formatAgo(now - 3 * M - 20 * S, now, en)).to.equal('3 minutes ago');
    expect(formatAgo(now - 3 * M, now, de)).to.equal('vor 3 Minuten');
    expect(formatAgo(now - 2 * H, now, en)).to.equal('2 hours ago');
  });

  it('a time after now (skew) reads as now; a missing time is null', () => {
    expect(formatAgo(now + 5 * M, now, en)).to.equal('0 seconds ago');
    expect(formatAgo(null, now, en)).to.equal(null);
    expect(formatAgo(Number.NaN, now, en)).to.equal(null);
    expect(formatAgo(now, Number.NaN, en)).to.equal(null);
  });

  it('ages have no suffix and at least a second', () => {
    expect(formatAge(3 * M + 59 * S, en)).to.equal('3 minutes');
    expect(formatAge(3 * M, de)).to.equal('3 Minuten');
    expect(formatAge(0, en)).to.equal('1 second');
    expect(formatAge(-10, en)).to.equal('1 second');
    expect(formatAge(Number.NaN, en)).to.equal(null);
  });
});

describe('formatNumber and formatClockTime', () => {
  it('groups digits per language; what is not a number is null', () => {
    expect(formatNumber(1234, en)).to.equal('1,234');
    expect(formatNumber(1234, de)).to.equal('1.234');
    expect(formatNumber(0, en)).to.equal('0');
    expect(formatNumber(2.25, de)).to.equal('2,3');
    expect(formatNumber(Number.NaN, en)).to.equal(null);
    expect(formatNumber(Infinity, en)).to.equal(null);
    expect(formatNumber(undefined, en)).to.equal(null);
    expect(formatNumber(null, en)).to.equal(null);
  });

  it('clock times are in the viewer’s time zone', () => {
    const at = new Date(2026, 10, 30, 14, 5).getTime(); // 14:05 local time
    expect(formatClockTime(at, de)).to.equal('14:05');
    expect(formatClockTime(at, localeFor('en-US'))).to.match(/^2:05\s?PM$/);
    expect(formatClockTime(Number.NaN, en)).to.equal(null);
  });

  it('a value that cannot be shown renders a dash read as "not available"', () => {
    const host = document.createElement('div');
    render(renderValue(null, de), host);
    expect(host.textContent).to.contain(DASH);
    expect(host.querySelector('[aria-hidden="true"]')!.textContent).to.equal(DASH);
    expect(host.querySelector('.visually-hidden')!.textContent).to.equal('nicht verfügbar');
    render(renderValue('12', de), host);
    expect(host.textContent!.trim()).to.equal('12');
  });
});
