package com.coinop.adapter.persistence.shared;

import java.time.LocalDateTime;

/**
 * Where a user's history stood at one position: the sort key ({@code time}, {@code id}) of the row just
 * before it, and the user's count of history rows ({@code version}) when it was read. Read by MyBatis
 * from the bookmark statements of the history mappers; kept by {@link HistoryBookmarks}.
 */
public class HistoryBookmark {

    private long version;
    private LocalDateTime time;
    private long id;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDateTime getTime() {
        return time;
    }

    public void setTime(LocalDateTime time) {
        this.time = time;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
