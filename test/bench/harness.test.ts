import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRuns, type Comparison } from '../../bench/harness.js';

const row = (name: string, ratio: number): Comparison => ({
  kind: 'comparison', name, candidate: 'a', baseline: 'b', candidateMs: ratio, baselineMs: 1, ratio, ratioP25: ratio, ratioP75: ratio, samples: 10,
});

describe('bench --compare', () => {
  it('marks ratios more than 10% worse, and says which rows are new or gone', () => {
    const saved = [row('steady', 1.2), row('worse', 1.2), row('better', 1.5), row('removed', 1)];
    const now = [row('steady', 1.3), row('worse', 1.4), row('better', 1.1), row('added', 2)];
    assert.deepEqual(compareRuns(saved, now), [
      'WORSE by 17%: worse: 1.20x -> 1.40x',
      'new: added (2.00x), not in the saved result',
      'gone: removed, in the saved result but not in this run',
    ]);
  });
});
