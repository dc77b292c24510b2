package org.zhijian.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An officer's request to add a product category.
 *
 * @param code new code: upper-case letters, digits and hyphens
 * @param parent parent code, or blank for a top-level category
 * @param nameZh Chinese name
 * @param nameEn English name, optional
 * @param kind indicator family; a child inherits its parent's kind when blank
 */
public record NewProductCategory(
        @NotBlank(message = "{category.code.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "{category.code.pattern}")
        String code,

        String parent,

        @NotBlank(message = "{category.name.required}") @Size(max = 100)
        String nameZh,

        @Size(max = 200) String nameEn,
        CategoryKind kind) {}
