package org.zhijian.records.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordManagement;

/** The kinds with the generic pages, for the site's menu ({@code ${@recordMenu.kinds()}}). */
@Component("recordMenu")
public class RecordMenu {

    private final RecordManagement records;

    RecordMenu(RecordManagement records) {
        this.records = records;
    }

    public List<RecordKind> kinds() {
        return records.kinds().stream()
                .filter(k -> k.imported() && !k.hasOwnPages())
                .toList();
    }
}
