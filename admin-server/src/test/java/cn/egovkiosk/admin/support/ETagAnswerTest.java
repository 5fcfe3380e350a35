package cn.egovkiosk.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ETagAnswerTest {

    private static final String ETAG = ETagAnswer.etag("3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b");

    @Test
    void ifNoneMatchNamesTheETagExactlyWeaklyInAListOrByStar() {
        assertThat(ETagAnswer.matches(ETAG, ETAG)).isTrue();
        assertThat(ETagAnswer.matches("W/" + ETAG, ETAG)).isTrue();
        assertThat(ETagAnswer.matches("\"older\", " + ETAG, ETAG)).isTrue();
        assertThat(ETagAnswer.matches("*", ETAG)).isTrue();
    }

    @Test
    void anotherOrAMissingETagDoesNotMatch() {
        assertThat(ETagAnswer.matches(null, ETAG)).isFalse();
        assertThat(ETagAnswer.matches("", ETAG)).isFalse();
        assertThat(ETagAnswer.matches("\"older\"", ETAG)).isFalse();
        assertThat(ETagAnswer.matches(ETAG.replace("\"", ""), ETAG)).as("unquoted").isFalse();
    }
}
