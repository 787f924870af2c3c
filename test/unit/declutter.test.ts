import { describe, expect, it } from 'vitest';
import { separateBoxes, type Box } from '../../domain/declutter.js';

const moved = (boxes: Box[], gap = 4) =>
  separateBoxes(boxes, gap).map((o, i) => ({
    x1: boxes[i]!.x1 + o.dx,
    x2: boxes[i]!.x2 + o.dx,
    y1: boxes[i]!.y1 + o.dy,
    y2: boxes[i]!.y2 + o.dy,
  }));
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('separateBoxes', () => {
  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [
      { x1: 0, y1: 0, x2: 10, y2: 10 },
      { x1: 20, y1: 0, x2: 30, y2: 10 },
    ];
    expect(separateBoxes(boxes)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('pushes two overlapping boxes apart along the axis of least overlap, gap included', () => {
    const out = moved([
      { x1: 0, y1: 0, x2: 100, y2: 20 },
      { x1: 90, y1: 5, x2: 190, y2: 25 },
    ]);
    expect(out[0]!.y1).toBe(0);
    expect(out[1]!.x1 - out[0]!.x2).toBeCloseTo(4);
  });

  it('untangles a pile of identical labels so that no two overlap', () => {
    const pile = Array.from({ length: 12 }, () => ({ x1: 0, y1: 0, x2: 80, y2: 14 }));
    const out = moved(pile);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) expect(overlaps(out[i]!, out[j]!)).toBe(false);
  });
});
