package org.mhfa.platform;

/** Page arithmetic that cannot overflow: {@code page × size} is worked out in 64 bits and capped where an int ends. */
public final class Paging {

    /** The highest page number a client may ask for; with at most a few hundred per page it is far past any real list. */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    /**
     * The index of the first row of a page: never negative, and small enough that the page's last row index
     * ({@code offset + size - 1}) is still an int, so a query for a page beyond the end is simply empty.
     */
    public static int offset(int page, int size) {
        long rows = Math.max(size, 0);
        long offset = Math.max(page, 0) * rows;
        return (int) Math.min(offset, Integer.MAX_VALUE - rows);
    }
}
