/**
 * The sparse logistic regression the checker's learned parts are trained with (scripts/train-classifier.ts for the
 * classifier, scripts/train-arbiter.ts for the arbiter): hashed feature indices per example, AdaGrad with L2, a seeded
 * shuffle each epoch. Deterministic, so a retrain reproduces the shipped weights byte for byte.
 */

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same shuffles on every machine. */
export function rand(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One example: its distinct feature indices, the scale each feature's weight is taken at, and the label (0 or 1). */
export interface SparseExample {
  idx: number[];
  scale: number;
  y: number;
}

export interface TrainOptions {
  bits: number;
  seed: number;
  epochs: number;
  lr: number;
  l2: number;
}

export function trainLogistic(data: SparseExample[], o: TrainOptions): { w: Float32Array; b: number } {
  const w = new Float32Array(1 << o.bits);
  const g2 = new Float32Array(1 << o.bits).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const r = rand(o.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = data[k]!;
      let z = 0;
      for (const f of ex.idx) z += w[f]!;
      const g = 1 / (1 + Math.exp(-(b + z * ex.scale))) - ex.y;
      gb += g * g;
      b -= (o.lr * g) / Math.sqrt(gb);
      for (const f of ex.idx) {
        const grad = g * ex.scale + o.l2 * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (o.lr * grad) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { w, b };
}
