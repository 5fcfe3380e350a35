package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectHeartbeatTest {

    @Test
    void onlyUtf8JsonIsReadDirectly() {
        assertThat(DirectHeartbeat.isUtf8Json("application/json")).isTrue();
        assertThat(DirectHeartbeat.isUtf8Json("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(DirectHeartbeat.isUtf8Json("application/json;charset=\"utf-8\"")).isTrue();
        assertThat(DirectHeartbeat.isUtf8Json("application/json; charset=GB18030")).isFalse();
        assertThat(DirectHeartbeat.isUtf8Json("application/jsonp")).isFalse();
        assertThat(DirectHeartbeat.isUtf8Json("text/plain")).isFalse();
        assertThat(DirectHeartbeat.isUtf8Json(null)).isFalse();
    }

    @Test
    void onlyAnAcceptThatPlainlyTakesJsonIsAnsweredDirectly() {
        assertThat(DirectHeartbeat.acceptsJson(null)).isTrue();
        assertThat(DirectHeartbeat.acceptsJson("application/json")).isTrue();
        assertThat(DirectHeartbeat.acceptsJson("*/*")).isTrue();
        assertThat(DirectHeartbeat.acceptsJson("text/html")).isFalse();
        assertThat(DirectHeartbeat.acceptsJson("application/json, text/plain;q=0.5")).isFalse();
    }
}
