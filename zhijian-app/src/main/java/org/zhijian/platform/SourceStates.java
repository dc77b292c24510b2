package org.zhijian.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which sources of derived data must be read again (risk's daily counts, credit files): a state table of the deriving
 * module with the columns {@code source} (primary key), {@code dirty}, {@code refreshed_at} and a count. A source is
 * marked when its module reports changed records, cleared when a re-read starts (so a change during the re-read
 * marks it again) and stamped when the re-read is stored.
 */
public final class SourceStates {

    private final JdbcClient jdbc;
    private final String table;
    private final String countColumn;

    /**
     * @param table the module's state table
     * @param countColumn its column for the rows or facts the last re-read stored
     */
    public SourceStates(JdbcClient jdbc, String table, String countColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.countColumn = countColumn;
    }

    /** The source must be read again. */
    public void mark(String source) {
        set(source, true);
    }

    /** Sources never read are marked (at start). */
    public void register(Collection<String> sources) {
        sources.forEach(
                code -> jdbc.sql("insert into " + table + " (source, dirty) values (?, true) on conflict do nothing")
                        .param(code)
                        .update());
    }

    /** The marked sources, in code order. */
    public List<String> dirty() {
        return jdbc.sql("select source from " + table + " where dirty order by source")
                .query(String.class)
                .list();
    }

    /** Re-reads each marked source that {@code sources} knows (by code); returns how many were re-read. */
    public <S> int refresh(java.util.Map<String, S> sources, java.util.function.Consumer<S> reread) {
        int n = 0;
        for (String code : dirty()) {
            S source = sources.get(code);
            if (source != null) {
                reread.accept(source);
                n++;
            }
        }
        return n;
    }

    /** A re-read of the source starts (in the re-read's transaction). */
    public void reading(String source) {
        set(source, false);
    }

    /** The re-read stored {@code count} rows (in the re-read's transaction). */
    public void read(String source, int count) {
        jdbc.sql("update " + table + " set refreshed_at = now(), " + countColumn + " = ? where source = ?")
                .params(count, source)
                .update();
    }

    private void set(String source, boolean dirty) {
        jdbc.sql("insert into " + table + " (source, dirty) values (?, ?) on conflict (source) do update set dirty = ?")
                .params(source, dirty, dirty)
                .update();
    }
}
