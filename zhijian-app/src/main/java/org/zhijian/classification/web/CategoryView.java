package org.zhijian.classification.web;

import org.zhijian.classification.ProductCategory;

record CategoryView(String code, String parent, String nameZh, String nameEn, String kind, String kindLabel) {

    static CategoryView of(ProductCategory c) {
        return new CategoryView(
                c.code(),
                c.parent(),
                c.nameZh(),
                c.nameEn(),
                c.kind().key(),
                c.kind().label());
    }
}
