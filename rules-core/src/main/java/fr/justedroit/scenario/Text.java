package fr.justedroit.scenario;

import java.util.List;

/** Text helpers of the reports. */
final class Text {

    private Text() {
    }

    /** The words joined by ", ", wrapped at 100 columns, each line starting with {@code indent}. */
    static String wrap(List<String> words, String indent) {
        StringBuilder sb = new StringBuilder(indent);
        int width = indent.length();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i) + (i < words.size() - 1 ? "," : "");
            if (width + w.length() + 1 > 100 && width > indent.length()) {
                sb.append('\n').append(indent);
                width = indent.length();
            } else if (width > indent.length()) {
                sb.append(' ');
                width++;
            }
            sb.append(w);
            width += w.length();
        }
        return sb.toString();
    }
}
