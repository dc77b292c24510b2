package org.zhijian.platform.database;

import java.nio.file.Path;

/** Thrown when a server is started on a data directory that another zhijian process owns. */
public final class DataDirectoryInUseException extends RuntimeException {

    public DataDirectoryInUseException(Path dataDir, String pid) {
        super("数据目录 " + dataDir + " 正被另一个 zhijian 进程（PID " + pid + "）使用。"
                + "同一数据目录只能运行一个实例：请先停止该进程，或用 ZHIJIAN_DATA_DIR 指定其他目录。");
    }
}
