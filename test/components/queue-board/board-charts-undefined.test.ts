/**
 * `charts` on a page that has not loaded the chart element (the core bundle): the board
 * renders `<connects-queue-chart>` by tag name only, which takes no room until the page
 * defines it; then the board measures again and gives the charts their room.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mountBoard, queue, root, shownIds } from './board-helpers.js';

describe('<connects-queue-board charts> without the chart element', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    queue(`q${String(i).padStart(2, '0')}`, { callsInQueue: i }, 'Normal'),
  );

  it('leaves the layout whole: no room taken, the same rows as without charts, until the element is defined', async () => {
    expect(customElements.get('connects-queue-chart')).to.equal(undefined);
    const plain = await mountBoard({}, { height: '600px' });
    await plain.queues('ENABLED', many);
    const board = await mountBoard({ charts: 'agents trend' }, { height: '600px' });
    await board.queues('ENABLED', many);
    const { el } = board;
    const section = root(el).querySelector<HTMLElement>('[part="charts"]');
    expect(section).to.exist;
    expect(section!.getBoundingClientRect().height).to.equal(0);
    expect(root(el).querySelectorAll('connects-queue-chart')).to.have.length(2);
    expect(shownIds(el)).to.deep.equal(shownIds(plain.el));
    const room = (board: HTMLElement) =>
      root(board).querySelector('.viewport')!.getBoundingClientRect().height;
    expect(room(el), 'the queues have all the room').to.equal(room(plain.el));
    await expect(el).to.be.accessible();

    // The page loads a chart element later: it takes its room, the board pages anew.
    const before = shownIds(el).length;
    customElements.define(
      'connects-queue-chart',
      class extends HTMLElement {
        connectedCallback(): void {
          this.style.display = 'block';
          this.style.height = '150px';
        }
      },
    );
    await waitUntil(() => shownIds(el).length < before, 'the board did not make room');
    expect(section!.getBoundingClientRect().height).to.be.greaterThan(0);
    const viewport = root(el).querySelector('.viewport')!.getBoundingClientRect();
    for (const row of root(el).querySelectorAll('[part~="row"]'))
      expect(row.getBoundingClientRect().bottom).to.be.at.most(viewport.bottom + 0.5);
  });
});
