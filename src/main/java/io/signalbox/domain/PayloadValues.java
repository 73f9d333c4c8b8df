package io.signalbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The payload values an operator edits and that are remembered per bot: everything of an event
 * payload except {@code id}, {@code status}, {@code timestamp} and {@code isFinalEvent}.
 * {@code reply} goes only into REPLY payloads, {@code error} only into FAILED ones.
 */
public record PayloadValues(String destination, String template, String campaignId, String reply, String error) {

    /** E.164 numbers have at most 15 digits. */
    public static final int MAX_DESTINATION_DIGITS = 15;
    public static final int CAMPAIGN_ID_LENGTH = 24;
    public static final int MAX_TEMPLATE = 512;
    public static final int MAX_REPLY = 1000;
    public static final int MAX_ERROR = 4000;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]*");

    public PayloadValues {
        destination = destination == null ? "" : destination;
        template = template == null ? "" : template;
        campaignId = campaignId == null ? "" : campaignId;
        reply = reply == null ? "" : reply;
        error = error == null ? "" : error;
    }

    /** The values of the platform documentation's examples. */
    public static PayloadValues defaults() {
        return new PayloadValues("5939800000000", "autentica_01", "69efd9747eba1414ecbc66d2", "button_name",
                "buttons: Button at index 0 of type Url requires a parameter");
    }

    /** Every broken rule, with the payload field's name as the problem's field. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (destination.isEmpty()) {
            problems.add(Texts.problem("destination", "payload.destination.required"));
        } else if (!DIGITS.matcher(destination).matches()) {
            problems.add(Texts.problem("destination", "payload.destination.digits"));
        } else if (destination.length() > MAX_DESTINATION_DIGITS) {
            problems.add(Texts.problem("destination", "payload.destination.long", MAX_DESTINATION_DIGITS));
        }
        if (template.isBlank()) {
            problems.add(Texts.problem("template", "payload.template.required"));
        } else {
            checkText(problems, "template", template, MAX_TEMPLATE);
        }
        if (campaignId.length() != CAMPAIGN_ID_LENGTH || !HEX.matcher(campaignId).matches()) {
            problems.add(Texts.problem("campaignId", "payload.campaignId.hex", CAMPAIGN_ID_LENGTH));
        }
        checkText(problems, "reply", reply, MAX_REPLY);
        checkText(problems, "error", error, MAX_ERROR);
        return problems;
    }

    private static void checkText(List<Problem> problems, String field, String text, int max) {
        if (text.length() > max) {
            problems.add(Texts.problem(field, "text.long", max));
        } else if (HeaderRules.hasControl(text)) {
            problems.add(Texts.problem(field, "text.control"));
        }
    }
}
