package io.signalbox.app;

import java.util.List;

/**
 * A document that cannot be imported, with every problem found, each as
 * {@code "$.bots[3].notificationUrls[0].url: scheme must be http or https"}. The message is a
 * one-line summary; nothing was changed.
 */
public final class DocumentRefusedException extends RuntimeException {

    private final transient List<String> problems;

    public DocumentRefusedException(List<String> problems) {
        super(AppTexts.get(problems.size() == 1 ? "transfer.refused.one" : "transfer.refused.many", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
