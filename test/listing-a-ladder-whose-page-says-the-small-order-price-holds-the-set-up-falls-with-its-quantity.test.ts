import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Made-to-order goods whose page says the small-order price carries the set-up (printing plates, a cutting die, soft tooling
 * or 3D printing for short runs): the set-up spreads over the order, so a step may fall as fast as the quantity rises. A
 * bait tier that falls tenfold in one step is still a false ladder, set-up note or not.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a made-to-order ladder with its set-up in the small-order price', () => {
  it('passes when the page says so', () => {
    expect(kinds('Custom Printed Paper Shopping Bag with Logo Twisted Handle\n200 - 999 Pieces   1000 - 4999 Pieces   5000 - 19999 Pieces   >=20000 Pieces\n$1.60              $0.55               $0.24                $0.09\nNote: small qty price includes printing plate and cutting die.')).not.toContain('price_ladder');
    expect(kinds('Custom Silicone Rubber Keypad OEM Parts\n1 - 999 Pieces   1000 - 9999 Pieces   >=10000 Pieces\n$2.50            $0.44               $0.40\nFor qty < 1000 we use soft tooling; steel mould from $900.')).not.toContain('price_ladder');
  });

  it('still flags the same ladder without the note, and a tenfold bait step with it', () => {
    expect(kinds('Custom Silicone Rubber Keypad OEM Parts\n1 - 999 Pieces   1000 - 9999 Pieces   >=10000 Pieces\n$2.50            $0.44               $0.40')).toContain('price_ladder');
    expect(kinds('Custom Printed Paper Shopping Bag with Logo Twisted Handle\n200 - 999 Pieces   1000 - 4999 Pieces   >=50000 Pieces\n$1.60              $1.45               $0.09\nNote: small qty price includes printing plate and cutting die.')).toContain('price_ladder');
  });
});
