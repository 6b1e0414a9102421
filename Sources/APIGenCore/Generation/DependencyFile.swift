/// A make-format dependency file: `target: input input ...`, so a Makefile rule that
/// includes it reruns apigen exactly when a spec or template changes.
public enum DependencyFile {
    public static func contents(target: String, inputs: [String]) -> String {
        let escaped = inputs.map(escape)
        var text = escape(target) + ":"
        for input in escaped { text += " \\\n  " + input }
        text += "\n"
        // An empty rule per input keeps make working after a spec is deleted.
        for input in escaped { text += "\n" + input + ":\n" }
        return text
    }

    private static func escape(_ path: String) -> String {
        var result = ""
        for char in path {
            switch char {
            case " ", "#", "\\": result += "\\" + String(char)
            case "$": result += "$$"
            default: result.append(char)
            }
        }
        return result
    }
}
