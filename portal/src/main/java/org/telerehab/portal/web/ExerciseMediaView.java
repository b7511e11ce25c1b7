package org.telerehab.portal.web;

import java.util.List;
import java.util.Map;

/** A picture or video of an exercise as a page shows it, from program-service's {@code media} list. */
public record ExerciseMediaView(String id, boolean video, String url, String phoneUrl, String caption, long size) {

    static List<ExerciseMediaView> of(Object media) {
        if (!(media instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast).map(m -> {
            String id = String.valueOf(m.get("id"));
            String type = String.valueOf(m.get("contentType"));
            boolean phoneCopy = String.valueOf(m.get("phoneUrl")).endsWith("?size=phone");
            return new ExerciseMediaView(id, type.startsWith("video/"), "/media/" + id,
                    "/media/" + id + (phoneCopy ? "?size=phone" : ""),
                    m.get("caption") == null ? null : String.valueOf(m.get("caption")),
                    m.get("size") instanceof Number n ? n.longValue() : 0);
        }).toList();
    }

    /** "2.4 MB", for the editor's list. */
    public String sizeText() {
        return size >= 1_000_000 ? String.format("%.1f MB", size / 1_000_000.0) : Math.max(1, size / 1000) + " KB";
    }
}
