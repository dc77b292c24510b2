package org.zhijian.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.zhijian.algo.risk.RiskMatrix;

/** The risk matrix from its replaceable file ({@code zhijian.risk.matrix}), read once at start; a bad file stops the start. */
@Component
class MatrixSource {

    private final RiskMatrix matrix;

    MatrixSource(ResourceLoader resources, RiskSettings settings) throws IOException {
        try (InputStream in = resources.getResource(settings.matrix()).getInputStream()) {
            this.matrix = RiskMatrix.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("zhijian.risk.matrix " + settings.matrix() + ": " + e.getMessage(), e);
        }
    }

    RiskMatrix get() {
        return matrix;
    }
}
