/** Who is acting and what area they may read and change (the actor and its scope). */
@org.springframework.modulith.NamedInterface("access")
package org.zhijian.platform.access;
