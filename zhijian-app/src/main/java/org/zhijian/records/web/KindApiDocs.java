package org.zhijian.records.web;

import io.swagger.v3.oas.models.Operation;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.zhijian.records.endpoints.KindApi;

/**
 * Describes the endpoints a kind's API shares ({@link KindApi}) in the kind's own words: the summary from the
 * message {@code api.KEY.METHOD} and the description from {@code api.KEY.METHOD.description}, {@code KEY} being the
 * last segment of the controller's path ({@code /api/v1/injuries} → {@code injuries}). Without such a message the
 * shared wording stays.
 */
@Component
class KindApiDocs implements OperationCustomizer {

    private final MessageSource messages;

    KindApiDocs(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!KindApi.class.isAssignableFrom(handler.getBeanType())
                || !handler.getMethod().getDeclaringClass().getPackageName().equals(KindApi.class.getPackageName())) {
            return operation;
        }
        String key = "api." + kindKey(handler.getBeanType()) + "."
                + handler.getMethod().getName();
        String summary = message(key);
        if (summary != null) {
            operation.setSummary(summary);
        }
        String description = message(key + ".description");
        if (description != null) {
            operation.setDescription(description);
        }
        return operation;
    }

    private static String kindKey(Class<?> controller) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        String path = mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String message(String key) {
        return messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
    }
}
