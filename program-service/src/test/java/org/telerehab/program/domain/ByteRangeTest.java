package org.telerehab.program.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteRangeTest {

    private static ByteRange.Request of(String header) {
        return ByteRange.of(header, 1000);
    }

    @Test
    void aClosedRangeIsSentAsAsked() {
        assertThat(of("bytes=0-99")).isEqualTo(new ByteRange.Partial(new ByteRange(0, 99)));
        assertThat(new ByteRange(0, 99).length()).isEqualTo(100);
        assertThat(new ByteRange(10, 19).length()).isEqualTo(10);
        assertThat(new ByteRange(0, 99).contentRange(1000)).isEqualTo("bytes 0-99/1000");
        assertThat(of("bytes=999-999")).isEqualTo(new ByteRange.Partial(new ByteRange(999, 999)));
    }

    @Test
    void anOpenOrOverlongRangeEndsAtTheLastByte() {
        assertThat(of("bytes=500-")).isEqualTo(new ByteRange.Partial(new ByteRange(500, 999)));
        assertThat(of("bytes=500-5000")).isEqualTo(new ByteRange.Partial(new ByteRange(500, 999)));
        assertThat(of("bytes=500-1000")).isEqualTo(new ByteRange.Partial(new ByteRange(500, 999)));
    }

    @Test
    void aSuffixIsTheLastBytes() {
        assertThat(of("bytes=-100")).isEqualTo(new ByteRange.Partial(new ByteRange(900, 999)));
        assertThat(of("bytes=-1000")).isEqualTo(new ByteRange.Partial(new ByteRange(0, 999)));
        assertThat(of("bytes=-5000")).isEqualTo(new ByteRange.Partial(new ByteRange(0, 999)));
        assertThat(of("bytes=-1")).isEqualTo(new ByteRange.Partial(new ByteRange(999, 999)));
    }

    @Test
    void rangesBeyondTheFileAreUnsatisfiable() {
        assertThat(of("bytes=1000-")).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(of("bytes=1000-1200")).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(of("bytes=-0")).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.of("bytes=-10", 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @Test
    void anythingElseGetsTheWholeFile() {
        assertThat(of(null)).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("items=0-10")).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=0-10,20-30")).as("several ranges").isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=10")).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=-")).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=20-10")).as("last before first").isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=abc-10")).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=10-abc")).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=+1-10")).isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=1234567890123456789-")).as("19 digits").isInstanceOf(ByteRange.Whole.class);
        assertThat(of("bytes=123456789012345678-")).as("18 digits, beyond the file")
                .isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(of("bytes= 10 - 20 ")).isEqualTo(new ByteRange.Partial(new ByteRange(10, 20)));
    }
}
