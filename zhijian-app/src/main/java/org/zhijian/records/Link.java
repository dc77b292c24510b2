package org.zhijian.records;

/**
 * How a kind's records name an enterprise, to be linked to the registry: by the credit code when given, else by a
 * unique match of the name. The table has {@code link_status} and {@code enterprise_uscc}.
 *
 * @param usccColumn the column with the credit code as written (may be {@code null} in a row)
 * @param nameColumn the column with the enterprise's name as written
 */
public record Link(String usccColumn, String nameColumn) {}
