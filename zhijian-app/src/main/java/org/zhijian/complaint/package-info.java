/**
 * Complaints and reports (投诉举报): 12315 and other channels' work orders with their handling states, linked to
 * the registry, searchable within the officer's area; personal data of complainants masked outside the record.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "投诉举报",
        allowedDependencies = {"audit", "classification", "platform", "platform::web", "records", "records::endpoints"})
package org.zhijian.complaint;
