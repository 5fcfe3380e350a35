package cn.egovkiosk.admin.support;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's JSON converter, except that a body it cannot read is reported as {@link UnreadableJsonBody}: the
 * parser's own message ("Cannot deserialize value ... from String "1101..."") never travels further.
 */
class SafeJsonHttpMessageConverter extends JacksonJsonHttpMessageConverter {

    private static final Set<Class<?>> RAW = Set.of(byte[].class, String.class);
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    SafeJsonHttpMessageConverter(JsonMapper mapper) {
        super(mapper);
    }

    // bytes and text written by a controller (e.g. the OpenAPI document) are already the answer: not JSON strings
    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
        return !RAW.contains(type) && super.canWrite(type, mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return !RAW.contains(valueClass) && super.canWrite(type, valueClass, mediaType);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
        try {
            return super.read(type, input, hints);
        } catch (HttpMessageNotReadableException e) {
            throw sanitized(e, input);
        }
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        try {
            return super.readInternal(type, input);
        } catch (HttpMessageNotReadableException e) {
            throw sanitized(e, input);
        }
    }

    private static UnreadableJsonBody sanitized(HttpMessageNotReadableException e, HttpInputMessage input) {
        return e instanceof UnreadableJsonBody already ? already
                : new UnreadableJsonBody(e.getCause() instanceof JacksonException jackson ? pathOf(jackson) : "", input);
    }

    // field names only, and only plain ones: a form key is chosen by the kiosk's form schema, not the resident
    private static String pathOf(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null
                        ? (PLAIN_NAME.matcher(ref.getPropertyName()).matches() ? ref.getPropertyName() : "?")
                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
