package org.zhijian.notification.internal;

import org.zhijian.notification.Notice;

/** A notice was stored; after the commit it is e-mailed. */
record NoticeStored(long id, Notice notice) {}
