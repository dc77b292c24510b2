package org.zhijian.algo.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    /** Vigna's splitmix64.c from state 0, as in the test vectors of rand_xoshiro's SplitMix64. */
    @Test
    void reproducesTheReferenceSequenceFromSeedZero() {
        SplitMix64 random = new SplitMix64(0);
        assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void drawsOpenUnitDoublesAndUnbiasedBoundedIntegers() {
        SplitMix64 random = new SplitMix64(20261128);
        int[] counts = new int[7];
        double sum = 0;
        for (int i = 0; i < 700_000; i++) {
            double u = random.nextOpenDouble();
            assertThat(u).isGreaterThan(0).isLessThanOrEqualTo(1);
            sum += u;
            counts[random.nextInt(7)]++;
        }
        assertThat(sum / 700_000).isCloseTo(0.5, within(0.002));
        for (int c : counts) {
            assertThat(c).isBetween(99_000, 101_000);
        }
    }
}
