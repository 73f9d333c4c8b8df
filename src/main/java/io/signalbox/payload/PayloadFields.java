package io.signalbox.payload;

import io.signalbox.domain.EventType;
import java.util.List;
import java.util.Set;

/** The platform's payload fields per status, in the order its documentation shows them. */
final class PayloadFields {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String ERROR = "error";
    static final String REPLY = "reply";
    static final String TIMESTAMP = "timestamp";
    static final String CAMPAIGN_ID = "campaignId";
    static final String DESTINATION = "destination";
    static final String IS_FINAL_EVENT = "isFinalEvent";
    static final String TEMPLATE = "template";

    /** Every field any status has. */
    static final Set<String> ALL = Set.of(ID, STATUS, ERROR, REPLY, TIMESTAMP, CAMPAIGN_ID, DESTINATION,
            IS_FINAL_EVENT, TEMPLATE);

    private static final List<String> FAILED = List.of(ID, STATUS, ERROR, TIMESTAMP, CAMPAIGN_ID, DESTINATION,
            IS_FINAL_EVENT, TEMPLATE);
    private static final List<String> REPLY_ORDER = List.of(ID, CAMPAIGN_ID, REPLY, TEMPLATE, TIMESTAMP, STATUS,
            IS_FINAL_EVENT, DESTINATION);
    private static final List<String> OTHERS = List.of(ID, STATUS, TIMESTAMP, CAMPAIGN_ID, DESTINATION,
            IS_FINAL_EVENT, TEMPLATE);

    private PayloadFields() {
    }

    /** The fields of a status's payload, in the documentation's order. */
    static List<String> of(EventType event) {
        if (event == EventType.FAILED) {
            return FAILED;
        }
        if (event == EventType.REPLY) {
            return REPLY_ORDER;
        }
        return OTHERS;
    }
}
