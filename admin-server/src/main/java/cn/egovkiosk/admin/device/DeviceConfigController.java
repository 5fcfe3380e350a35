package cn.egovkiosk.admin.device;

import cn.egovkiosk.admin.support.ETagAnswer;
import cn.egovkiosk.admin.terminal.AuthenticatedTerminal;
import cn.egovkiosk.admin.terminal.PolledResource;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.config.TerminalConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /api/terminal/v1/config}: the calling terminal's device configuration, ETag = content hash. A poll with
 * the current ETag is answered 304 by the bearer filter already ({@link PolledResource}).
 */
@RestController
class DeviceConfigController implements PolledResource {

    private final DeviceConfiguration configuration;

    DeviceConfigController(DeviceConfiguration configuration) {
        this.configuration = configuration;
    }

    @GetMapping(TerminalApi.CONFIG)
    ResponseEntity<TerminalConfiguration> config(
            @RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal, WebRequest request) {
        TerminalConfiguration current = configuration.forTerminal(terminal.id(), terminal.groupCode());
        return ETagAnswer.of(current, current.contentHash(), request);
    }

    @Override
    public String path() {
        return TerminalApi.CONFIG;
    }

    @Override
    public String etagFor(AuthenticatedTerminal terminal) {
        return ETagAnswer.etag(configuration.forTerminal(terminal.id(), terminal.groupCode()).contentHash());
    }
}
