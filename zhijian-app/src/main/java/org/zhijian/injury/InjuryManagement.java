package org.zhijian.injury;

import org.zhijian.records.ClassifiedKindFacade;

/**
 * The injury module's API: registering, reading and classifying cases (audited) as every record kind does, and its
 * own list; reads and writes stay within the officer's area.
 */
public interface InjuryManagement extends ClassifiedKindFacade<Injury, InjuryQuery> {}
