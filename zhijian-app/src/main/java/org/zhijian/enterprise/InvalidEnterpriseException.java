package org.zhijian.enterprise;

import java.util.List;

/** An enterprise form broke reference or identifier rules; nothing was stored. */
public class InvalidEnterpriseException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidEnterpriseException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
