package org.zhijian.algo.detection;

/** The skewness-correcting power e of Farrington's threshold: U = (μ₀^e + z·σ)^{1/e}. */
public enum PowerTransform {
    TWO_THIRDS(2.0 / 3),
    HALF(0.5),
    NONE(1);

    private final double exponent;

    PowerTransform(double exponent) {
        this.exponent = exponent;
    }

    public double exponent() {
        return exponent;
    }

    /** σ on the transformed scale for τ = φ + se_μ²/μ₀. */
    double sigma(double mu0, double tau) {
        return switch (this) {
            case TWO_THIRDS -> Math.sqrt(4.0 / 9 * Math.pow(mu0, 1.0 / 3) * tau);
            case HALF -> Math.sqrt(tau / 4);
            case NONE -> Math.sqrt(mu0 * tau);
        };
    }

    /** The back-transformed upper limit (μ₀^e + z·σ)^{1/e}. */
    double upper(double mu0, double z, double sigma) {
        return Math.pow(Math.pow(mu0, exponent) + z * sigma, 1 / exponent);
    }

    public static PowerTransform parse(String r) {
        return switch (r.strip()) {
            case "2/3" -> TWO_THIRDS;
            case "1/2" -> HALF;
            case "none", "1" -> NONE;
            default -> throw new IllegalArgumentException("powertrans must be 2/3, 1/2 or none");
        };
    }
}
