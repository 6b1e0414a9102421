import Foundation

/// Remembers what each output folder held after the last successful run, and from which
/// inputs, so that a run whose inputs did not change can skip rendering altogether.
///
/// An output's fingerprint covers everything its files depend on: apigen's version and the
/// executable itself, the emitter and its options, the templates' text,
/// every spec's path and bytes, and the folder. With it, the cache keeps each generated file's
/// size, modification time and inode as that run left them. A run with the same fingerprint
/// whose files all still match plans every file as unchanged without reading or rendering
/// anything; any difference (a spec edited, a generated file touched or deleted, a new apigen)
/// renders as usual. The cache only ever saves work: a missing, unreadable or unwritable cache
/// is a normal run. `apigen generate --check` never uses it.
public struct GenerationCache: Sendable {
    /// The folder holding one entry per output folder.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// `$APIGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/apigen`, else `~/.cache/apigen`.
    public static var defaultFolder: String? {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["APIGEN_CACHE_DIR"], !folder.isEmpty { return folder }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/apigen" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/apigen" }
        return nil
    }

    /// An output's inputs, hashed.
    public struct Fingerprint: Sendable, Hashable {
        public let digest: String
    }

    /// The fingerprint of generating `output` from `specs` with the templates `templates`.
    static func fingerprint(output: GeneratorConfig.Output, specs: [SpecSource], templates: [String: TemplateSet.TemplateSource]) -> Fingerprint {
        fingerprint(output: output, specs: digest(of: specs), templates: digest(of: templates))
    }

    /// The fingerprint of generating `output` from the specs and templates with these digests
    /// (`digest(of:)`): outputs that share their specs and templates share the digests, so
    /// each spec byte is hashed once per run, not once per output.
    static func fingerprint(output: GeneratorConfig.Output, specs: InputDigest, templates: InputDigest) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("apigen \(APIGenVersion.current)")
        hasher.combine(executableIdentity)
        hasher.combine(absolutePath(output.path))
        hasher.combine(output.emitter)
        var options = output.options
        options.parallelism = 1  // the bytes are the same at any parallelism
        hasher.combine(String(reflecting: options))
        hasher.combine(templates.value)
        hasher.combine(specs.value)
        return Fingerprint(digest: hasher.hexDigest)
    }

    /// A hash of a set of inputs, part of the fingerprint of every output made from them.
    struct InputDigest: Sendable {
        fileprivate let value: String
    }

    /// Every spec's path and bytes, in order. Each file is hashed on its own, on every core,
    /// and the files' hashes are hashed together.
    static func digest(of specs: [SpecSource]) -> InputDigest {
        let digests = ParallelMap.map(count: specs.count, parallelism: ParallelMap.defaultParallelism) { index in
            var hasher = StableHasher()
            hasher.combine(specs[index].path)
            hasher.combine(specs[index].bytes)
            return hasher.hexDigest
        }
        var hasher = StableHasher()
        for digest in digests { hasher.combine(digest) }
        return InputDigest(value: "specs \(specs.count) " + hasher.hexDigest)
    }

    /// Every template's name and text, in the order of their names.
    static func digest(of templates: [String: TemplateSet.TemplateSource]) -> InputDigest {
        var hasher = StableHasher()
        for (name, source) in templates.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(source.text)
        }
        return InputDigest(value: "templates \(templates.count) " + hasher.hexDigest)
    }

    /// The paths of the files `outputFolder` holds, if the last run with this fingerprint
    /// generated them and every one (and the manifest) is still exactly as it left it.
    func unchangedFiles(in outputFolder: String, fingerprint: Fingerprint) -> [String]? {
        guard let data = FileManager.default.contents(atPath: entryPath(for: outputFolder)) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == Self.header, lines[1] == fingerprint.digest else { return nil }
        if lines.last == "" { lines.removeLast() }
        var recorded: [(path: String, stamp: FileStamp)] = []
        for line in lines.dropFirst(2) {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let stamp = FileStamp(parts[0]) else { return nil }
            recorded.append((String(parts[1]), stamp))
        }
        // One `stat` per generated file: on every core.
        let entries = recorded
        let matches = ParallelMap.map(count: entries.count, parallelism: ParallelMap.defaultParallelism) { index in
            FileStamp(path: outputFolder + "/" + entries[index].path) == entries[index].stamp
        }
        guard !matches.contains(false) else { return nil }
        return recorded.map(\.path).filter { $0 != OutputPlan.manifestName }
    }

    /// Remembers `plan`'s folder after the plan was applied, so that the next run with the same
    /// inputs can skip it. Only a run without any diagnostic is remembered, because a run
    /// planned from the cache prints none.
    public func remember(_ plan: OutputPlan, from outcome: Generator.Outcome) {
        guard !outcome.cachedFolders.contains(plan.folder) else { return }
        guard let fingerprint = outcome.fingerprints[plan.folder], outcome.diagnostics.isEmpty else {
            forget(plan.folder)
            return
        }
        record(plan.entries.filter { $0.action != .delete }.map(\.path), in: plan.folder, fingerprint: fingerprint)
    }

    /// Records what `outputFolder` holds now, after a successful run with this fingerprint.
    /// Failing to write the entry only means the next run renders.
    func record(_ paths: [String], in outputFolder: String, fingerprint: Fingerprint) {
        var text = Self.header + "\n" + fingerprint.digest + "\n"
        var newest = FileStamp.Time(seconds: 0, nanoseconds: 0)
        let all = paths + [OutputPlan.manifestName]
        // One `stat` per generated file: on every core.
        let stamps = ParallelMap.map(count: all.count, parallelism: ParallelMap.defaultParallelism) { index in
            FileStamp(path: outputFolder + "/" + all[index])
        }
        for (path, stamp) in zip(all, stamps) {
            guard let stamp else {
                forget(outputFolder)
                return
            }
            newest = max(newest, stamp.modified)
            text += stamp.description + " " + path + "\n"
        }
        let entry = entryPath(for: outputFolder)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // File times come from a coarse clock: a file edited later within the same tick as
            // its write would keep its stamp. The entry is only left once the file system's clock
            // has moved past the newest file, as the entry's own time shows (as git does for its
            // index); any later edit then changes the stamp.
            for _ in 0..<100 {
                try OutputWriter.writeAtomically(text, to: entry)
                guard let written = FileStamp(path: entry), written.modified <= newest else { return }
                usleep(2_000)
            }
        } catch {}
        forget(outputFolder)
    }

    /// Drops the entry for `outputFolder`, so that the next run renders it.
    public func forget(_ outputFolder: String) {
        unlink(entryPath(for: outputFolder))
    }

    private static let header = "apigen-cache 1"

    private func entryPath(for outputFolder: String) -> String {
        var hasher = StableHasher()
        hasher.combine(Self.absolutePath(outputFolder))
        return folder + "/" + hasher.hexDigest
    }

    private static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The running executable's path, size and modification time: a rebuilt apigen is another apigen.
    private static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath, let stamp = FileStamp(path: path) else { return "unknown executable" }
        return path + " " + stamp.description
    }()
}

/// What a file looks like from outside: size, modification time to the nanosecond, inode.
struct FileStamp: Hashable, CustomStringConvertible {
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64
    var inode: UInt64

    struct Time: Comparable {
        var seconds: Int64
        var nanoseconds: Int64

        static func < (a: Time, b: Time) -> Bool { (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds) }
    }

    var modified: Time { Time(seconds: seconds, nanoseconds: nanoseconds) }

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(status.st_size)
        #if canImport(Darwin)
        seconds = Int64(status.st_mtimespec.tv_sec)
        nanoseconds = Int64(status.st_mtimespec.tv_nsec)
        #else
        seconds = Int64(status.st_mtim.tv_sec)
        nanoseconds = Int64(status.st_mtim.tv_nsec)
        #endif
        inode = UInt64(status.st_ino)
    }

    /// `size:seconds:nanoseconds:inode`.
    init?(_ text: Substring) {
        let parts = text.split(separator: ":")
        guard parts.count == 4, let size = Int64(parts[0]), let seconds = Int64(parts[1]), let nanoseconds = Int64(parts[2]),
            let inode = UInt64(parts[3])
        else { return nil }
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }

    var description: String { "\(size):\(seconds):\(nanoseconds):\(inode)" }
}
