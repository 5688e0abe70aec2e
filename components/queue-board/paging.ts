/**
 * Paging for TVs: when the queues do not fit the board's height at legible size, the
 * board shows one page at a time and turns pages every few seconds, instead of cutting
 * rows off or shrinking text. Pure maths and a small cycle driven by the shared ticker.
 *
 * @module
 */

/**
 * How many rows (or tiles) fit: whole rows of `rowExtent` pixels in `available`
 * pixels, times `columns` per row; at least one, so a tiny board still shows something.
 */
export function pageCapacity(available: number, rowExtent: number, columns = 1): number {
  if (!(rowExtent > 0) || !Number.isFinite(available)) return Number.POSITIVE_INFINITY;
  const rows = Math.max(1, Math.floor((available + 0.5) / rowExtent));
  return rows * Math.max(1, Math.floor(columns));
}

/** Number of pages for `total` items, `perPage` per page (at least one page). */
export function pageCount(total: number, perPage: number): number {
  if (!(perPage > 0) || !Number.isFinite(perPage) || total <= perPage) return 1;
  return Math.ceil(total / perPage);
}

/** The slice `[start, end)` of page `page` (clamped into range). */
export function pageRange(
  total: number,
  perPage: number,
  page: number,
): { start: number; end: number; page: number } {
  const pages = pageCount(total, perPage);
  const clamped = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  if (pages === 1) return { start: 0, end: total, page: 0 };
  const start = clamped * perPage;
  return { start, end: Math.min(total, start + perPage), page: clamped };
}

/**
 * Turns pages every `pageSeconds` of the clock it is ticked with; holds still while
 * paused (pointer or focus inside the board), and gives the viewer a full period on a
 * page after a pause ends or the page count changes.
 */
export class PageCycle {
  private pageIndex = 0;
  private turnAt: number | null = null;
  private paused = false;

  /** The page shown, from 0. */
  get page(): number {
    return this.pageIndex;
  }

  /** Whether the cycle is held (pointer or focus inside). */
  get isPaused(): boolean {
    return this.paused;
  }

  /** Holds the current page, or lets the cycle go on (with a full period on this page). */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.turnAt = null;
  }

  /** Shows page `page` (clamped on the next `tick`) and starts its period afresh. */
  show(page: number): void {
    this.pageIndex = Math.max(0, Math.floor(page) || 0);
    this.turnAt = null;
  }

  /**
   * Advances the cycle to `now` for `pages` pages; returns whether the page shown
   * changed. A `pageSeconds` that is not a positive number never turns.
   */
  tick(now: number, pages: number, pageSeconds: number): boolean {
    const before = this.pageIndex;
    if (pages <= 1) {
      this.pageIndex = 0;
      this.turnAt = null;
      return before !== 0;
    }
    if (this.pageIndex >= pages) this.pageIndex = 0;
    const period = pageSeconds > 0 && Number.isFinite(pageSeconds) ? pageSeconds * 1000 : null;
    if (this.paused || period === null) {
      this.turnAt = null;
      return before !== this.pageIndex;
    }
    if (this.turnAt === null || this.turnAt - now > period) this.turnAt = now + period;
    else if (now >= this.turnAt) {
      this.pageIndex = (this.pageIndex + 1) % pages;
      this.turnAt = now + period;
    }
    return before !== this.pageIndex;
  }
}
