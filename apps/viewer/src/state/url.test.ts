import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, parseView } from './url.js';

describe('view URL', () => {
  it('round-trips graph, view, selection, filters, size mode and camera', () => {
    const view = {
      graph: 'ukraine-peace-talks',
      view: 'actors' as const,
      selected: 'actor:vladimir-putin',
      filters: {
        hiddenKinds: ['statement' as const],
        hiddenActorTypes: ['media' as const],
        hiddenEdgeTypes: ['contains' as const, 'mentions' as const],
        article: '000_6b75679a6597cec9',
        ego: 2 as const,
        minConfidence: 0.7,
        since: '2016-01-01',
        until: '2016-06-30',
        publisher: 'The Bulletin',
        minWeight: 2,
        minDegree: 3,
        hideIsolated: true,
      },
      camera: { x: 0.25, y: 0.75, ratio: 0.5, angle: 0 },
      sizeBy: 'pagerank' as const,
      explore: 40,
    };
    expect(parseView(formatView(view))).toEqual(view);
    expect(formatView(view)).toContain('view=actors');
  });

  it('writes nothing for the default view', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('drops unknown and malformed values instead of failing', () => {
    const view = parseView('?hide=statement,bogus&ego=7&cam=1,2,oops,0&size=huge&view=nope');
    expect(view.view).toBe('full');
    expect(view.filters.hiddenKinds).toEqual(['statement']);
    expect(view.filters.ego).toBe(0);
    expect(view.camera).toBeNull();
    expect(view.sizeBy).toBe('statements');
    expect(parseView('?since=2016-02-30&until=yesterday').filters).toMatchObject({
      since: null,
      until: null,
    });
    expect(parseView('?minWeight=-1&minDegree=2.5&isolated=yes').filters).toMatchObject({
      minWeight: 0,
      minDegree: 0,
      hideIsolated: false,
    });
  });
});
