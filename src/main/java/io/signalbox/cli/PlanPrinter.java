package io.signalbox.cli;

import io.signalbox.app.FieldChange;
import io.signalbox.app.ImportPlan;
import io.signalbox.app.PlanAction;
import io.signalbox.app.PlanEntry;
import io.signalbox.app.PlanTarget;
import java.io.PrintWriter;

/**
 * Prints an import plan one line per step: {@code + bot Ventas}, {@code ~ url https://… (bot Ventas):
 * timeoutSeconds 10 → 20} (one line per changed field), {@code - url …}; warnings indented under
 * their step, and a count at the end. Secrets arrive masked from the app layer.
 */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(ImportPlan plan, PrintWriter out) {
        for (PlanEntry entry : plan.entries()) {
            String subject = entry.target() == PlanTarget.BOT
                    ? CliMessages.get("plan.bot", entry.label())
                    : CliMessages.get("plan.url", entry.label(), entry.botName());
            String sign = sign(entry.action());
            if (entry.action() == PlanAction.CHANGE) {
                for (FieldChange change : entry.changes()) {
                    out.println(CliMessages.get("plan.change", sign, subject, change.field(), change.oldValue(),
                            change.newValue()));
                }
            } else {
                out.println(CliMessages.get("plan.line", sign, subject));
            }
            for (String warning : entry.warnings()) {
                out.println(CliMessages.get("plan.warning", warning));
            }
        }
        out.println(CliMessages.get("plan.summary", plan.count(PlanAction.ADD), plan.count(PlanAction.CHANGE),
                plan.count(PlanAction.DELETE)));
    }

    private static String sign(PlanAction action) {
        return switch (action) {
            case ADD -> "+";
            case CHANGE -> "~";
            case DELETE -> "-";
        };
    }
}
