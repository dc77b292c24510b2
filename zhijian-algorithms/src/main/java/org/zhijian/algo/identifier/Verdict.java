package org.zhijian.algo.identifier;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking an identifier: the normalised value, the errors that make it invalid and the
 * warnings that do not.
 *
 * @param normalized the input after trimming, full-width to half-width conversion and upper-casing
 * @param errors hard failures; empty when the identifier is valid
 * @param warnings soft findings that do not make the identifier invalid
 */
public record Verdict(String normalized, List<Finding> errors, List<Finding> warnings) {

    public Verdict {
        Objects.requireNonNull(normalized, "normalized");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** True when there is no error. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The first error's Chinese message, or an empty string when valid. */
    public String reason() {
        return errors.isEmpty() ? "" : errors.get(0).message();
    }

    static Verdict invalid(String normalized, Finding error) {
        return new Verdict(normalized, List.of(error), List.of());
    }

    /**
     * One problem with its filled-in Chinese message.
     *
     * @param problem the kind of problem
     * @param message the Chinese message with the details filled in
     */
    public record Finding(IdentifierProblem problem, String message) {

        static Finding of(IdentifierProblem problem, Object... args) {
            return new Finding(problem, String.format(java.util.Locale.ROOT, problem.template(), args));
        }
    }
}
