package org.zhijian.records.endpoints;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.zhijian.records.ClassifiedKindFacade;

/** A kind's API with {@code PUT {api}/{id}/classification}, an officer's category and hazard type. */
public interface ClassifiedKindApi<R, Q> extends KindApi<R, Q> {

    @Override
    ClassifiedKindFacade<R, Q> records();

    /** An officer's category and hazard type (code or name); blank hands the field back to the classifier. */
    record Classification(String categoryCode, String hazard) {}

    @PutMapping("/{id}/classification")
    @Operation(summary = "人工确定产品类别和危害类型（空值交回自动判断；留痕）")
    default R classify(@PathVariable long id, @RequestBody Classification choice) {
        return records().classify(id, choice.categoryCode(), choice.hazard());
    }
}
