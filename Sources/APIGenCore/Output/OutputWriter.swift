import Foundation

/// Carries out an `OutputPlan`: replaces changed files atomically (a temporary file, then a
/// rename), writes new files directly, leaves unchanged files alone so their modification
/// times stay, removes files that are no longer generated, and updates the manifest.
public enum OutputWriter {
    public static func apply(_ plan: OutputPlan) throws(OutputError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: plan.folder, withIntermediateDirectories: true)
            // Removals first, so that a folder emptied by one never takes a new file with it.
            for entry in plan.entries where entry.action == .delete {
                try manager.removeItem(atPath: plan.folder + "/" + entry.path)
                removeEmptyParents(of: entry.path, in: plan.folder)
            }
            let writes = plan.entries.filter { $0.action == .create || $0.action == .update }
            // Each folder is made once, not once per file.
            var folders: Set<Substring> = []
            for entry in writes {
                guard let slash = entry.path.lastIndex(of: "/") else { continue }
                let folder = entry.path[..<slash]
                if folders.insert(folder).inserted {
                    try manager.createDirectory(atPath: plan.folder + "/" + folder, withIntermediateDirectories: true)
                }
            }
            // Creating files is mostly the kernel's work, which spreads over the cores.
            let folder = plan.folder
            let workers = ParallelMap.defaultParallelism
            let order = spreadOrder(count: writes.count, workers: workers)
            let results = ParallelMap.map(count: writes.count, parallelism: workers) { index in
                let entry = writes[order[index]]
                return Result {
                    entry.action == .create
                        ? try writeNew(entry.contents ?? "", to: folder + "/" + entry.path)
                        : try writeAtomically(entry.contents ?? "", to: folder + "/" + entry.path)
                }
            }
            // The first failure by path, whatever order the writes ran in.
            let failures = results.indices.compactMap { index -> (Int, any Error)? in
                guard case .failure(let error) = results[index] else { return nil }
                return (order[index], error)
            }
            if let first = failures.min(by: { $0.0 < $1.0 }) { throw first.1 }
            let generated = plan.entries.filter { $0.action != .delete }.map(\.path)
            let manifest = Manifest.contents(for: generated)
            let manifestPath = plan.folder + "/" + OutputPlan.manifestName
            if manager.contents(atPath: manifestPath).map({ String(decoding: $0, as: UTF8.self) }) != manifest {
                try writeAtomically(manifest, to: manifestPath)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError("cannot write into \(plan.folder): \(error.localizedDescription)")
        }
    }

    /// The order to hand `count` path-sorted writes to `workers` threads in: the list cut into
    /// `workers` runs, taken one from each run in turn. Neighbouring paths share a folder, and
    /// threads creating files in one folder queue on that folder's lock in the kernel; writes
    /// taken from different runs mostly land in different folders.
    static func spreadOrder(count: Int, workers: Int) -> [Int] {
        let runs = max(1, min(workers, count))
        let runLength = (count + runs - 1) / runs
        var order: [Int] = []
        order.reserveCapacity(count)
        for step in 0..<runLength {
            for run in 0..<runs where run * runLength + step < count {
                order.append(run * runLength + step)
            }
        }
        return order
    }

    /// Writes `contents` to a temporary file beside `path`, then renames it over `path`, so a
    /// reader sees the old file or the new one, never half of one. The folder must exist.
    static func writeAtomically(_ contents: String, to path: String) throws(OutputError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + ".\(name).apigen-\(ProcessInfo.processInfo.processIdentifier).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        var bytes = contents
        let written = bytes.withUTF8 { buffer in writeAll(descriptor, buffer) }
        let closed = close(descriptor) == 0
        guard written, closed else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError("cannot write \(temporary): \(reason)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError("cannot replace \(path): \(reason)")
        }
    }

    /// Writes a file that does not exist yet straight to its path: there is no old version to
    /// keep whole, so the temporary file and the rename (a third of the kernel's work per file)
    /// are not needed. A failed write removes what it wrote; a file that appeared meanwhile is
    /// replaced atomically instead.
    static func writeNew(_ contents: String, to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try writeAtomically(contents, to: path) }
            throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        var bytes = contents
        let written = bytes.withUTF8 { buffer in writeAll(descriptor, buffer) }
        let closed = close(descriptor) == 0
        guard written, closed else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw OutputError("cannot write \(path): \(reason)")
        }
    }

    /// Writes all of `buffer`, resuming after partial writes and interruptions.
    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var next = buffer.baseAddress else { return true }
        var remaining = buffer.count
        while remaining > 0 {
            let count = write(descriptor, next, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            next += count
            remaining -= count
        }
        return true
    }

    private static func removeEmptyParents(of relative: String, in folder: String) {
        var components = relative.split(separator: "/").dropLast()
        while !components.isEmpty {
            let path = folder + "/" + components.joined(separator: "/")
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: path), contents.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: path)
            components = components.dropLast()
        }
    }
}
