package org.zhijian.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts a controller puts on a page or in a file (titles, breadcrumbs, export columns), from the messages. */
@Component
public class PageText {

    private final MessageSource messages;

    PageText(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in the request's language, with its arguments; in Chinese when that has none. */
    public String of(String key, Object... args) {
        String text = messages.getMessage(key, args, null, LocaleContextHolder.getLocale());
        return text != null ? text : messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private String orNull(String key) {
        try {
            return of(key);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }

    /** The export columns the message {@code key} declares over records of {@code type}. */
    public <T> ExportColumns<T> columns(Class<T> type, String key) {
        return ExportColumns.of(type, of(key), this::orNull);
    }
}
