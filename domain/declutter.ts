/**
 * Moves boxes apart until no two overlap (the explorer's node labels): each overlapping pair is pushed
 * apart along the axis where they overlap least, half each way, with `gap` between them. Returns the
 * offset to apply to each box, in input order. Deterministic: same boxes, same offsets.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

export function separateBoxes(boxes: readonly Box[], gap = 4, maxRounds = 200): Offset[] {
  const b = boxes.map((x) => ({ ...x }));
  const off = boxes.map(() => ({ dx: 0, dy: 0 }));
  const move = (i: number, dx: number, dy: number) => {
    b[i]!.x1 += dx;
    b[i]!.x2 += dx;
    b[i]!.y1 += dy;
    b[i]!.y2 += dy;
    off[i]!.dx += dx;
    off[i]!.dy += dy;
  };
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < b.length; i++) {
      for (let j = i + 1; j < b.length; j++) {
        const p = b[i]!;
        const q = b[j]!;
        const ox = Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) + gap;
        const oy = Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Ties (same centre) break by index, so the result does not depend on floating noise.
        if (ox < oy) {
          const dir = p.x1 + p.x2 < q.x1 + q.x2 || (p.x1 + p.x2 === q.x1 + q.x2 && i < j) ? -1 : 1;
          move(i, (dir * ox) / 2, 0);
          move(j, (-dir * ox) / 2, 0);
        } else {
          const dir = p.y1 + p.y2 < q.y1 + q.y2 || (p.y1 + p.y2 === q.y1 + q.y2 && i < j) ? -1 : 1;
          move(i, 0, (dir * oy) / 2);
          move(j, 0, (-dir * oy) / 2);
        }
      }
    }
    if (!moved) break;
  }
  return off;
}
