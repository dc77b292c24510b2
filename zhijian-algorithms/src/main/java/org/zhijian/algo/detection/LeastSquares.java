package org.zhijian.algo.detection;

/**
 * Least squares by Householder QR (no pivoting): β minimising |Aβ − b|, and (RᵀR)⁻¹.
 *
 * @param beta the solution
 * @param covUnscaled (RᵀR)⁻¹
 */
record LeastSquares(double[] beta, double[][] covUnscaled) {

    /** Rank tolerance relative to the column's norm, as R's dqrdc2. */
    private static final double TOLERANCE = 1e-11;

    static LeastSquares solve(double[][] a, double[] b) {
        int n = a.length;
        int p = a[0].length;
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = a[i].clone();
        }
        double[] qtb = b.clone();
        for (int k = 0; k < p; k++) {
            double squares = 0;
            for (int i = k; i < n; i++) {
                squares += r[i][k] * r[i][k];
            }
            double norm = Math.sqrt(squares);
            double columnSquares = 0;
            for (int i = 0; i < n; i++) {
                columnSquares += a[i][k] * a[i][k];
            }
            double columnNorm = Math.sqrt(columnSquares);
            if (norm <= TOLERANCE * Math.max(columnNorm, Double.MIN_NORMAL)) {
                throw new IllegalArgumentException("design is rank deficient at column " + k);
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double[] v = new double[n];
            v[k] = r[k][k] - alpha;
            for (int i = k + 1; i < n; i++) {
                v[i] = r[i][k];
            }
            double vv = 0;
            for (int i = k; i < n; i++) {
                vv += v[i] * v[i];
            }
            for (int j = k; j < p; j++) {
                reflect(r, v, vv, k, j);
            }
            double s = 0;
            for (int i = k; i < n; i++) {
                s += v[i] * qtb[i];
            }
            for (int i = k; i < n; i++) {
                qtb[i] -= 2 * s / vv * v[i];
            }
        }
        double[][] rInverse = upperInverse(r, p);
        double[] beta = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                beta[i] += rInverse[i][j] * qtb[j];
            }
        }
        double[][] cov = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int k = Math.max(i, j); k < p; k++) {
                    cov[i][j] += rInverse[i][k] * rInverse[j][k];
                }
            }
        }
        return new LeastSquares(beta, cov);
    }

    private static void reflect(double[][] r, double[] v, double vv, int k, int j) {
        double s = 0;
        for (int i = k; i < r.length; i++) {
            s += v[i] * r[i][j];
        }
        for (int i = k; i < r.length; i++) {
            r[i][j] -= 2 * s / vv * v[i];
        }
    }

    private static double[][] upperInverse(double[][] r, int p) {
        double[][] inv = new double[p][p];
        for (int j = p - 1; j >= 0; j--) {
            inv[j][j] = 1 / r[j][j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += r[i][k] * inv[k][j];
                }
                inv[i][j] = -s / r[i][i];
            }
        }
        return inv;
    }
}
