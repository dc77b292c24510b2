package org.zhijian.algo.sampling;

/**
 * SplitMix64, the generator of Steele, Lea and Flood, "Fast splittable pseudorandom number generators" (OOPSLA
 * 2014), as published by Vigna at https://prng.di.unimi.it/splitmix64.c:
 *
 * <pre>
 *   state += 0x9E3779B97F4A7C15
 *   z = state; z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *   return z ^ (z >>> 31)
 * </pre>
 *
 * <p>Written out here rather than taken from {@link java.util.SplittableRandom} so that a stored draw seed gives the
 * same sequence on every Java release, which verification of old draws depends on. Not for cryptography: the seed
 * itself comes from a secure source and is published with the draw.
 */
public final class SplitMix64 {

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in (0, 1]: the top 53 bits plus one, times 2<sup>-53</sup>; never 0, so its logarithm is finite. */
    public double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /**
     * Uniform in [0, bound) without modulo bias: values below 2<sup>64</sup> mod bound are rejected (O'Neill's
     * bounded generation, https://www.pcg-random.org/posts/bounded-rands.html).
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long threshold = Long.remainderUnsigned(-(long) bound, bound);
        while (true) {
            long r = nextLong();
            if (Long.compareUnsigned(r, threshold) >= 0) {
                return (int) Long.remainderUnsigned(r, bound);
            }
        }
    }
}
