package io.github.emporion.spark;

import java.util.ArrayList;
import java.util.List;

/** Test bean for the path and conversion flag of a journey row. */
public final class PathRow {
    private List<String> path = new ArrayList<>();
    private boolean converted;

    public PathRow() {}

    static PathRow of(List<String> path, boolean converted) {
        PathRow row = new PathRow();
        row.path = path;
        row.converted = converted;
        return row;
    }

    public List<String> getPath() {
        return path;
    }

    public void setPath(List<String> path) {
        this.path = path;
    }

    public boolean isConverted() {
        return converted;
    }

    public void setConverted(boolean converted) {
        this.converted = converted;
    }
}
