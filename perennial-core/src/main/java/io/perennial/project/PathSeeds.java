package io.perennial.project;

import java.util.SplittableRandom;

/**
 * One random generator per path, seeded from the run's seed and the path's index through the
 * SplitMix64 finaliser, so that a path's numbers depend only on (seed, path) and never on which
 * thread draws them or in what order.
 */
final class PathSeeds {

  private PathSeeds() {}

  /** The generator of path {@code path} of a run seeded with {@code seed}. */
  static SplittableRandom random(long seed, long path) {
    return new SplittableRandom(mix64(mix64(seed) ^ (path * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L)));
  }

  /** Stafford's variant 13 of the 64-bit finaliser (the one SplittableRandom uses). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
