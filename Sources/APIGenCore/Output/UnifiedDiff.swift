/// A short unified diff, enough for `--check` to show what is stale.
public enum UnifiedDiff {
    /// The diff of `old` and `new` with `context` lines around each change, at most
    /// `maxLines` lines (then a "..." line).
    public static func make(old: String, new: String, oldName: String, newName: String, context: Int = 2, maxLines: Int = 40) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let operations = diff(a, b)
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        // Group operations into hunks with context.
        var index = 0
        while index < operations.count {
            guard let start = operations[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = start
            var scan = start
            while scan < operations.count {
                if operations[scan].kind != .same {
                    end = scan
                } else if scan - end > context * 2 {
                    break
                }
                scan += 1
            }
            let from = max(0, start - context), to = min(operations.count - 1, end + context)
            let hunk = operations[from...to]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1, newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            lines.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for operation in hunk {
                switch operation.kind {
                case .same: lines.append(" " + operation.text)
                case .delete: lines.append("-" + operation.text)
                case .insert: lines.append("+" + operation.text)
                }
            }
            index = to + 1
        }
        if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) + ["..."] }
        return lines.joined(separator: "\n")
    }

    struct Operation {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    /// Longest-common-subsequence diff, trimmed of the common head and tail first so that
    /// typical small edits of large files stay cheap.
    static func diff(_ a: [String], _ b: [String]) -> [Operation] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        var operations = (0..<head).map { Operation(kind: .same, text: a[$0], oldLine: $0, newLine: $0) }
        if x.count * y.count > 4_000_000 {
            // Too large to align: show the middle as replaced.
            operations += x.enumerated().map { Operation(kind: .delete, text: $1, oldLine: head + $0, newLine: head) }
            operations += y.enumerated().map { Operation(kind: .insert, text: $1, oldLine: head + x.count, newLine: head + $0) }
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < x.count || j < y.count {
                if i < x.count, j < y.count, x[i] == y[j] {
                    operations.append(Operation(kind: .same, text: x[i], oldLine: head + i, newLine: head + j))
                    i += 1
                    j += 1
                } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                    // Deletions before insertions, as diff(1) shows them.
                    operations.append(Operation(kind: .delete, text: x[i], oldLine: head + i, newLine: head + j))
                    i += 1
                } else {
                    operations.append(Operation(kind: .insert, text: y[j], oldLine: head + i, newLine: head + j))
                    j += 1
                }
            }
        }
        let oldTail = a.count - tail, newTail = b.count - tail
        operations += (0..<tail).map { Operation(kind: .same, text: a[oldTail + $0], oldLine: oldTail + $0, newLine: newTail + $0) }
        return operations
    }
}
