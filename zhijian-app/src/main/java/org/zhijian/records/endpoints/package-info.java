/**
 * The endpoints every kind's own pages and API share, as interfaces with default handlers: a module's controller
 * implements them beside its own list and workflow handlers, under its own paths.
 */
@org.springframework.modulith.NamedInterface("endpoints")
package org.zhijian.records.endpoints;
