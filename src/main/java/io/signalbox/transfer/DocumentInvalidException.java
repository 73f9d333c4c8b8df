package io.signalbox.transfer;

import java.util.List;

/** The document breaks the format or a domain rule; carries every problem as "path: words", never a secret. */
public final class DocumentInvalidException extends Exception {

    private final transient List<String> problems;

    public DocumentInvalidException(List<String> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
