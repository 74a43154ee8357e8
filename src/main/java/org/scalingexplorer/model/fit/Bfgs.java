package org.scalingexplorer.model.fit;

/**
 * A small quasi-Newton minimiser (BFGS with an inverse-Hessian update and Armijo backtracking) for smooth objectives
 * of a few parameters with analytic gradients. Commons Math 3 has no quasi-Newton optimiser (only conjugate
 * gradients, simplex and BOBYQA), and the literature fits L(N, D) with L-BFGS; for five parameters the full BFGS
 * update is the same method without the memory limit.
 */
final class Bfgs {
    /** The objective's value at x; writes its gradient into g. */
    interface Objective {
        double valueAndGradient(double[] x, double[] g);
    }

    record Result(double[] x, double value, int iterations) {
    }

    private Bfgs() {
    }

    static Result minimise(Objective f, double[] start, int maxIterations, double gradientTolerance) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        double[][] h = identity(n);
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        int it = 0;
        for (; it < maxIterations; it++) {
            if (norm(g) < gradientTolerance || !Double.isFinite(fx)) break;
            double[] p = new double[n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) p[i] -= h[i][j] * g[j];
            double slope = dot(p, g);
            if (slope >= 0) {
                // not a descent direction: restart from steepest descent
                h = identity(n);
                for (int i = 0; i < n; i++) p[i] = -g[i];
                slope = dot(p, g);
            }
            double step = 1;
            double fNew = Double.NaN;
            for (int k = 0; k < 50; k++) {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + step * p[i];
                fNew = f.valueAndGradient(xNew, gNew);
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * step * slope) break;
                step *= 0.5;
            }
            if (!(fNew <= fx)) break;
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            double sy = dot(s, y);
            boolean converged = Math.abs(fx - fNew) <= 1e-13 * Math.max(1e-3, Math.abs(fx));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (converged) break;
            if (sy > 1e-12) update(h, s, y, sy);
        }
        return new Result(x, fx, it);
    }

    /** H <- (I - rho s y') H (I - rho y s') + rho s s', rho = 1 / (y' s). */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) hy[i] += h[i][j] * y[j];
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (s[i] * hy[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) m[i][i] = 1;
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
