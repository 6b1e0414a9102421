/// Turns the API model into output files through templates.
///
/// An emitter owns its output: the files it renders, the layouts it can write them in, and what
/// happens to them between rendering and planning (`arrange`). The generator knows none of it.
public protocol Emitter: Sendable {
    /// The emitter's name in configs and on the command line (`swift-client`, `markdown`).
    static var name: String { get }
    /// The file layouts the emitter writes; `per-declaration` is every emitter's default.
    static var layouts: [EmitterOptions.Layout] { get }
    /// Whether the emitter can divide its output into modules per category (`modules: per-category`).
    static var splitsIntoModules: Bool { get }
    /// Whether the emitter writes a client's methods, which `flattened-methods` chooses among.
    static var writesClientMethods: Bool { get }
    /// How many files to render at once.
    var parallelism: Int { get }
    /// One job per file, each rendering its file; making the list renders nothing, so the jobs
    /// of several emitters can share the cores (`Generator` runs them all in one pool).
    func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job]
    /// The rendered files as the output holds them, such as regrouped per spec file.
    ///
    /// - Parameters:
    ///   - files: Every rendered file.
    ///   - specFiles: Each spec's path, as the files record it, to its path within its specs folder.
    func arrange(_ files: [GeneratedFile], specFiles: [String: String]) -> [GeneratedFile]
}

extension Emitter {
    public static var layouts: [EmitterOptions.Layout] { [.perDeclaration] }
    public static var splitsIntoModules: Bool { false }
    public static var writesClientMethods: Bool { false }
    public func arrange(_ files: [GeneratedFile], specFiles: [String: String]) -> [GeneratedFile] { files }

    /// Renders every file, sorted by path; a template error is thrown with its diagnostics.
    public func emit(_ model: APIModel, templates: TemplateSet) throws(TemplateError) -> [GeneratedFile] {
        try ParallelRenderer.run(renderJobs(model, templates: templates), parallelism: parallelism)
    }

    /// Why `options` cannot work for this emitter, one sentence each with the option it is about;
    /// empty when they can.
    static func problems(with options: EmitterOptions) -> [EmitterOptions.Problem] {
        var problems: [EmitterOptions.Problem] = []
        if !layouts.contains(options.layout) {
            problems.append(.init(option: "layout", kind: .layoutNotSupported(options.layout, emitter: name)))
        }
        if options.flattenedMethods != nil, !writesClientMethods {
            problems.append(.init(option: "flattened-methods", kind: .flattenedMethodsNotSupported(emitter: name)))
        }
        guard options.modules == .perCategory else {
            if options.minimumModuleEndpoints != 1 {
                problems.append(.init(option: "min-module-endpoints", kind: .minimumModuleEndpointsNeedPerCategoryModules))
            }
            if options.maximumModuleEndpoints != nil {
                problems.append(.init(option: "max-module-endpoints", kind: .maximumModuleEndpointsNeedPerCategoryModules))
            }
            return problems
        }
        if options.maximumModuleEndpoints != nil, options.minimumModuleEndpoints != 1 {
            problems.append(.init(option: "max-module-endpoints", kind: .moduleEndpointBoundsCombined))
        }
        if !splitsIntoModules {
            problems.append(.init(option: "modules", kind: .perCategoryModulesNotSupported(emitter: name)))
        } else {
            if options.layout != .perDeclaration {
                problems.append(.init(option: "modules", kind: .perCategoryModulesNeedPerDeclarationLayout))
            }
            if options.accessLevel != .public {
                problems.append(.init(option: "modules", kind: .perCategoryModulesNeedPublicAccess))
            }
        }
        return problems
    }
}

/// An emitter of Swift source, which may also be laid out one file per spec file for a build plugin.
protocol SwiftSourceEmitter: Emitter {
    /// The emitter's options.
    var options: EmitterOptions { get }
    /// What the names of its files in the per-spec-file layout end with, before `.swift`, so that
    /// a client, a server and a mock can share one target (`+Server`).
    static var perSpecFileSuffix: String { get }
}

extension SwiftSourceEmitter {
    public static var layouts: [EmitterOptions.Layout] { [.perDeclaration, .perSpecFile] }
    public var parallelism: Int { options.parallelism }

    public func arrange(_ files: [GeneratedFile], specFiles: [String: String]) -> [GeneratedFile] {
        guard options.layout == .perSpecFile else { return files }
        return SpecFileLayout.regroup(files, specFiles: specFiles, suffix: Self.perSpecFileSuffix, module: options.moduleName)
    }
}
