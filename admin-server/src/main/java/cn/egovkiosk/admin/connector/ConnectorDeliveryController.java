package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.security.AdminApiAccess;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deliveries to departments' systems (ADMIN): {@code GET connector/deliveries?state=FAILING&state=GAVE_UP} (the
 * default: those needing attention), and {@code POST connector/deliveries/{trackingNumber}/retry}, which makes
 * the delivery due at once (202), audited. The answers carry no applicant data.
 */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/connector/deliveries")
class ConnectorDeliveryController {

    private final ConnectorDeliveries deliveries;

    ConnectorDeliveryController(ConnectorDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    List<ConnectorDelivery> list(@RequestParam(required = false) Set<DeliveryState> state) {
        return deliveries.inStates(state == null || state.isEmpty() ? ConnectorDeliveries.NEEDING_ATTENTION : state);
    }

    @PostMapping("/{trackingNumber}/retry")
    ResponseEntity<ConnectorDelivery> retry(@PathVariable String trackingNumber, Principal principal) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(deliveries.retryNow(trackingNumber,
                principal.getName()));
    }
}
