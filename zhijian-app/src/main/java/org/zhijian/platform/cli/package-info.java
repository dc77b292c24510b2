/** The command line: commands plug in as beans; exit codes. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhijian.platform.cli;
