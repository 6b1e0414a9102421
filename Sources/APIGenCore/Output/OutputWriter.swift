import Foundation

/// Carries out an `OutputPlan`: writes changed files atomically (a temporary file, then a
/// rename), leaves unchanged files alone so their modification times stay, removes files
/// that are no longer generated, and updates the manifest.
public enum OutputWriter {
    public static func apply(_ plan: OutputPlan) throws(OutputError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: plan.folder, withIntermediateDirectories: true)
            for entry in plan.entries {
                let path = plan.folder + "/" + entry.path
                switch entry.action {
                case .create, .update:
                    try writeAtomically(entry.contents ?? "", to: path)
                case .delete:
                    try manager.removeItem(atPath: path)
                    removeEmptyParents(of: entry.path, in: plan.folder)
                case .unchanged:
                    break
                }
            }
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

    static func writeAtomically(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).apigen-\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(contents.utf8).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError("cannot replace \(path): \(reason)")
        }
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
